package dev.llmscape.render;

import dev.llmscape.model.Model;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.render.LandscapeLayout.Label;
import dev.llmscape.render.LandscapeLayout.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The landscape's time axis: each year as wide as the number of models released in it asks (between
 * a narrow minimum for the sparse years and a cap for the crowded ones), linear within the year.
 * Month ticks where a year has room for them, month names where it has room for those.
 */
final class TimeAxis {
  private static final double BASE = 60;
  private static final double PER_MODEL = 5.5;
  private static final double MIN_YEAR = 110;
  private static final double MAX_YEAR = 800;
  private static final double MIN_ONE_YEAR = 480;
  private static final double MONTH_LABEL_ROOM = 26;
  private static final double MONTH_TICK_ROOM = 8;
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private final int firstYear;
  private final int lastYear;
  private final Map<Integer, Double> yearX = new HashMap<>();
  private final Map<Integer, Double> yearWidth = new HashMap<>();
  private final double right;

  /**
   * @param dated models with a release date, oldest first (at least one)
   * @param left where the axis starts
   */
  TimeAxis(List<Model> dated, double left) {
    firstYear = dated.get(0).dated().year();
    lastYear = dated.get(dated.size() - 1).dated().year();
    Map<Integer, Integer> counts = new HashMap<>();
    for (Model m : dated) {
      counts.merge(m.dated().year(), 1, Integer::sum);
    }
    double x = left;
    for (int year = firstYear; year <= lastYear; year++) {
      double w = BASE + PER_MODEL * counts.getOrDefault(year, 0);
      w =
          Math.round(
              Math.max(firstYear == lastYear ? MIN_ONE_YEAR : MIN_YEAR, Math.min(MAX_YEAR, w)));
      yearX.put(year, x);
      yearWidth.put(year, w);
      x += w;
    }
    right = x;
  }

  /** Where the axis ends. */
  double right() {
    return right;
  }

  /** The x of a release date: the middle of the day, month or year it stands for. */
  double x(ReleaseDate date) {
    return x((date.earliest().toEpochDay() + date.latest().toEpochDay() + 1) / 2.0);
  }

  private double x(double epochDay) {
    LocalDate day = LocalDate.ofEpochDay((long) Math.floor(epochDay));
    int year = Math.max(firstYear, Math.min(lastYear, day.getYear()));
    double start = LocalDate.of(year, 1, 1).toEpochDay();
    double days = LocalDate.of(year + 1, 1, 1).toEpochDay() - start;
    double fraction = Math.max(0, Math.min(1, (epochDay - start) / days));
    return yearX.get(year) + fraction * yearWidth.get(year);
  }

  private double monthStart(int year, int month) {
    return month > 12
        ? yearX.get(year) + yearWidth.get(year)
        : x(LocalDate.of(year, month, 1).toEpochDay());
  }

  /** Whether any year is wide enough for month names. */
  boolean hasMonthLabels() {
    for (int year = firstYear; year <= lastYear; year++) {
      if (yearWidth.get(year) / 12 >= MONTH_LABEL_ROOM) {
        return true;
      }
    }
    return false;
  }

  /** Each year's number, centred over it, in a row from {@code top}. */
  List<Label> yearLabels(double top) {
    List<Label> out = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      String text = Integer.toString(year);
      double w = SvgText.width(text, LandscapeLayout.AXIS_SIZE, true);
      double x = yearX.get(year) + (yearWidth.get(year) - w) / 2;
      out.add(LandscapeLayout.text(text, x, top, LandscapeLayout.AXIS_SIZE, true));
    }
    return out;
  }

  /** Month names centred over their months, in the years wide enough, in a row from {@code top}. */
  List<Label> monthLabels(double top) {
    List<Label> out = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      if (yearWidth.get(year) / 12 < MONTH_LABEL_ROOM) {
        continue;
      }
      for (int month = 1; month <= 12; month++) {
        double from = monthStart(year, month);
        double to = monthStart(year, month + 1);
        String name = MONTHS[month - 1];
        double w = SvgText.width(name, LandscapeLayout.MONTH_SIZE, false);
        out.add(
            LandscapeLayout.text(
                name, (from + to - w) / 2, top, LandscapeLayout.MONTH_SIZE, false));
      }
    }
    return out;
  }

  /** Year boundaries, and month ticks in the years with room for them. */
  List<Rule> rules() {
    List<Rule> out = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      out.add(new Rule(yearX.get(year), true));
      if (yearWidth.get(year) / 12 >= MONTH_TICK_ROOM) {
        for (int month = 2; month <= 12; month++) {
          out.add(new Rule(monthStart(year, month), false));
        }
      }
    }
    out.add(new Rule(right, true));
    return out;
  }
}
