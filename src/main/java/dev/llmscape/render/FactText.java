package dev.llmscape.render;

import dev.llmscape.model.Access;
import dev.llmscape.model.Counts;
import dev.llmscape.model.Figure;
import dev.llmscape.model.Model;
import dev.llmscape.model.ModelFacts;
import java.util.ArrayList;
import java.util.List;

/** The format-2 facts as people read them: {@code 128K}, {@code 14.8T tokens}, {@code 3.4e24}. */
final class FactText {
  private FactText() {}

  /** What an access class means, for the card. */
  static String meaning(Access a) {
    return switch (a) {
      case OPEN -> "weights under a permissive licence";
      case OPEN_RESTRICTED -> "weights, with use restrictions";
      case OPEN_NONCOMMERCIAL -> "weights, non-commercial use only";
      case API -> "through an API; weights not released";
      case HOSTED -> "a product only, no API";
      case UNRELEASED -> "never generally available";
    };
  }

  static Style style(Access a) {
    return a.weights() ? Style.OPEN : Style.CLOSED;
  }

  /** 131072 -> "131,072 tokens (128K)"; 4000 -> "4,000 tokens (4K)". */
  static String tokensLong(long n) {
    String exact = Counts.grouped(n) + " tokens";
    String short_ = Counts.formatTokens(n);
    return short_.equals(Long.toString(n)) ? exact : exact + " (" + short_ + ")";
  }

  /** On a terminal the short form (128K); piped, the number. */
  static String tokens(long n, TerminalContext ctx) {
    return ctx.tty() ? Counts.formatTokens(n) : Long.toString(n);
  }

  /** A training figure's number as JSON and CSV write it: whole when it is whole. */
  static String exact(double v) {
    if (v == Math.rint(v) && v < 9e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** "14.8T tokens", "5.76e23 FLOP", with "~" before an estimate on tables. */
  static String training(ModelFacts f, boolean marks) {
    List<String> parts = new ArrayList<>();
    if (f.tokens() != null) {
      parts.add(mark(f.tokens(), marks) + Counts.formatLarge(f.tokens().value()) + " tokens");
    }
    if (f.computeFlop() != null) {
      parts.add(
          mark(f.computeFlop(), marks) + Counts.formatFlop(f.computeFlop().value()) + " FLOP");
    }
    return String.join(", ", parts);
  }

  private static String mark(Figure f, boolean marks) {
    return marks && f.estimate() ? "~" : "";
  }

  /** " (unconfirmed)" when the fact is marked so, else "". */
  static String unconfirmed(Model m, String fact) {
    return m.facts().unconfirmed(fact) ? " (unconfirmed)" : "";
  }

  /** The card's label for a fact path, also used in its sources section. */
  static String label(String fact) {
    return switch (fact) {
      case "maxOutput" -> "max output";
      case "knowledgeCutoff" -> "cut-off";
      case "architecture" -> "architecture";
      case "params.active" -> "active";
      case "training.tokens" -> "trained on";
      case "training.computeFlop" -> "compute";
      default -> fact;
    };
  }
}
