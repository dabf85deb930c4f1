package dev.llmscape.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogLoader;
import dev.llmscape.model.Model;
import dev.llmscape.query.LandscapeSelection;
import dev.llmscape.query.LineageGraph;
import dev.llmscape.render.LandscapeLayout.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The landscape's labels never overlap: every box the layout draws text or a mark in is computed
 * and compared with every other, over the whole bundled catalog.
 */
class LandscapeLayoutTest {
  private static final Catalog CATALOG = CatalogLoader.bundled();

  @Test
  void noTwoBoxesOverlapInTheDefaultLandscape() {
    List<Model> models = LandscapeSelection.select(CATALOG.index(), List.of(), false);
    LandscapeLayout layout = LandscapeLayout.landscape(CATALOG, LandscapeSelection.among(models));
    assertEquals(models.size(), layout.marks().size());
    assertNoOverlapAndFits(layout);
    report(layout);
  }

  @Test
  void noTwoBoxesOverlapWithEveryModelOfTheCatalog() {
    List<Model> models = LandscapeSelection.select(CATALOG.index(), List.of(), true);
    LandscapeLayout layout = LandscapeLayout.landscape(CATALOG, LandscapeSelection.among(models));
    long dated = CATALOG.models().stream().filter(m -> m.dated() != null).count();
    assertEquals(dated, layout.marks().size());
    assertEquals(CATALOG.models().size(), models.size());
    assertNoOverlapAndFits(layout);
    report(layout);
  }

  @Test
  void noTwoBoxesOverlapInEveryFoundationModelsLineage() {
    LineageGraph graph = new LineageGraph(CATALOG.index());
    int pictures = 0;
    int boxes = 0;
    for (Model m : CATALOG.models()) {
      if (m.bases().isEmpty() && !CATALOG.index().childrenOf(m.id()).isEmpty()) {
        var tree = graph.tree(m, LineageGraph.Direction.BOTH, LineageGraph.UNLIMITED);
        boxes +=
            assertNoOverlapAndFits(
                LandscapeLayout.lineage(CATALOG, tree.subgraph(), Set.of(m.id()), m.name()));
        pictures++;
      }
    }
    assertTrue(pictures > 20, "lineage pictures checked: " + pictures);
    System.out.printf("%d lineage pictures: %d boxes, none overlapping%n", pictures, boxes);
  }

  @Test
  void aDenseYearGetsMonthNamesAndASparseOneDoesNot() {
    List<Model> models = LandscapeSelection.select(CATALOG.index(), List.of(), false);
    LandscapeLayout layout = LandscapeLayout.landscape(CATALOG, LandscapeSelection.among(models));
    List<String> axis = layout.axisLabels().stream().map(LandscapeLayout.Label::text).toList();
    assertTrue(axis.contains("Jun"), axis.toString());
    // 2019 had few models: its year is narrow, with ticks but no month names.
    assertTrue(
        axis.stream().filter(t -> t.equals("Jun")).count()
            < axis.stream().filter(t -> t.matches("20\\d\\d")).count(),
        axis.toString());
  }

  /** Every pair of boxes apart; everything inside the picture, which ends close after it. */
  static int assertNoOverlapAndFits(LandscapeLayout layout) {
    List<Box> boxes = layout.boxes();
    List<String> overlaps = new ArrayList<>();
    double right = 0;
    double bottom = 0;
    for (int i = 0; i < boxes.size(); i++) {
      Box a = boxes.get(i);
      assertTrue(a.x() >= 0 && a.y() >= 0, "inside: " + a);
      assertTrue(a.right() <= layout.width() && a.bottom() <= layout.height(), "inside: " + a);
      right = Math.max(right, a.right());
      bottom = Math.max(bottom, a.bottom());
      for (int j = i + 1; j < boxes.size(); j++) {
        if (a.overlaps(boxes.get(j))) {
          overlaps.add(a + " and " + boxes.get(j));
        }
      }
    }
    assertEquals(List.of(), overlaps, layout.title().text());
    assertTrue(layout.width() - right <= LandscapeLayout.PAD + 1, "no empty band at the right");
    assertTrue(layout.height() - bottom <= LandscapeLayout.PAD + 1, "no empty band at the bottom");
    return boxes.size();
  }

  private static void report(LandscapeLayout layout) {
    System.out.printf(
        "%s: %d boxes, %d lanes, %.0f x %.0f px, none overlapping%n",
        layout.title().text(),
        layout.boxes().size(),
        layout.lanes().size(),
        layout.width(),
        layout.height());
  }
}
