package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Model;
import dev.llmscape.query.DerivationPath;
import dev.llmscape.query.LineageNode;
import dev.llmscape.query.LineageTree;
import java.io.IOException;
import java.util.List;

/**
 * The JSON contract of {@code lineage} (docs/json.md): a nested tree of node objects, each with the
 * model's summary fields, the edge to the node above, a mark, and its {@code parents} or {@code
 * children}. Tests pin the fields.
 */
public final class LineageJson {
  /** Fields each node adds after {@link ModelJson#SUMMARY_FIELDS}, in output order. */
  public static final List<String> NODE_FIELDS =
      List.of("relation", "since", "confirmed", "mark", "parents", "children");

  /** Fields of {@code lineage A --to B --json}. */
  public static final List<String> PATH_FIELDS = List.of("from", "to", "kind", "top", "tree");

  private LineageJson() {}

  /** The root node: both {@code parents} and {@code children} when both directions were walked. */
  public static void writeTree(JsonGenerator gen, Catalog catalog, LineageTree tree)
      throws IOException {
    gen.writeStartObject();
    ModelJson.writeSummaryFields(gen, catalog, tree.focus());
    gen.writeNullField("relation");
    gen.writeNullField("since");
    gen.writeNullField("confirmed");
    writeMark(gen, tree.rootMark());
    writeNodes(gen, catalog, "parents", tree.up(), true);
    writeNodes(gen, catalog, "children", tree.down(), false);
    gen.writeEndObject();
  }

  /**
   * The path between two models; {@code kind} {@code "unrelated"} with nulls when there is none.
   */
  public static void writePath(
      JsonGenerator gen, Catalog catalog, Model from, Model to, DerivationPath path)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("from", from.id());
    gen.writeStringField("to", to.id());
    if (path == null) {
      gen.writeStringField("kind", "unrelated");
      gen.writeNullField("top");
      gen.writeNullField("commonAncestor");
      gen.writeNullField("tree");
    } else {
      gen.writeStringField("kind", kind(path.kind()));
      gen.writeStringField("top", path.top().id());
      // The same model as top, in compare --json's shape, so scripts read both alike.
      gen.writeObjectFieldStart("commonAncestor");
      gen.writeStringField("id", path.top().id());
      gen.writeStringField("name", path.top().name());
      gen.writeEndObject();
      gen.writeFieldName("tree");
      writeNode(gen, catalog, path.tree(), false);
    }
    gen.writeEndObject();
  }

  private static String kind(DerivationPath.Kind kind) {
    return switch (kind) {
      case SAME -> "same";
      case FROM_DERIVES_FROM_TO -> "descendant";
      case TO_DERIVES_FROM_FROM -> "ancestor";
      case COMMON_ANCESTOR -> "common-ancestor";
    };
  }

  private static void writeNode(JsonGenerator gen, Catalog catalog, LineageNode node, boolean up)
      throws IOException {
    gen.writeStartObject();
    ModelJson.writeSummaryFields(gen, catalog, node.model());
    var edge = node.edge();
    gen.writeStringField(
        "relation", edge == null || edge.relation() == null ? null : edge.relation().id());
    gen.writeStringField(
        "since", edge == null || edge.since() == null ? null : edge.since().toString());
    if (edge == null) {
      gen.writeNullField("confirmed");
    } else {
      gen.writeBooleanField("confirmed", edge.confirmed());
    }
    writeMark(gen, node.mark());
    writeNodes(gen, catalog, "parents", up ? node : null, true);
    writeNodes(gen, catalog, "children", up ? null : node, false);
    gen.writeEndObject();
  }

  /** The node's next level, or null when it was not walked (other direction, or a marked node). */
  private static void writeNodes(
      JsonGenerator gen, Catalog catalog, String field, LineageNode node, boolean up)
      throws IOException {
    if (node == null || node.mark() != LineageNode.Mark.NONE) {
      gen.writeNullField(field);
      return;
    }
    gen.writeArrayFieldStart(field);
    for (LineageNode child : node.children()) {
      writeNode(gen, catalog, child, up);
    }
    gen.writeEndArray();
  }

  private static void writeMark(JsonGenerator gen, LineageNode.Mark mark) throws IOException {
    String id =
        switch (mark) {
          case NONE -> null;
          case REPEATED -> "repeated";
          case CYCLE -> "cycle";
          case DEPTH_LIMIT -> "depth-limit";
        };
    gen.writeStringField("mark", id);
  }
}
