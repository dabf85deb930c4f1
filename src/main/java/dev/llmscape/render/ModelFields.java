package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.model.Counts;
import dev.llmscape.model.ExternalIds;
import dev.llmscape.model.Figure;
import dev.llmscape.model.Lineage;
import dev.llmscape.model.Modalities;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Model;
import dev.llmscape.model.ModelFacts;
import dev.llmscape.model.Org;
import dev.llmscape.model.ParamSize;
import dev.llmscape.model.ReleaseDate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model fields ({@link ModelField}) as the outputs use them: the JSON contract's field lists,
 * compare's rows, list's columns, the card's order and docs/json.md's tables, and the helpers the
 * definitions share.
 */
public final class ModelFields {
  private ModelFields() {}

  /** Separates list items in a flat cell. */
  static final String LIST_SEPARATOR = ";";

  /** The names of the summary fields (every model object), in JSON order. */
  public static List<String> summaryNames() {
    List<String> out = new ArrayList<>();
    for (ModelField f : ModelField.values()) {
      if (!f.detail()) {
        out.add(f.id());
      }
    }
    return List.copyOf(out);
  }

  /** The names of the detail fields {@code show} adds, in JSON order. */
  public static List<String> detailNames() {
    List<String> out = new ArrayList<>();
    for (ModelField f : ModelField.values()) {
      if (f.detail()) {
        out.add(f.id());
      }
    }
    return List.copyOf(out);
  }

  /** The names of every field, summary then detail. */
  public static List<String> allNames() {
    List<String> out = new ArrayList<>();
    for (ModelField f : ModelField.values()) {
      out.add(f.id());
    }
    return List.copyOf(out);
  }

  public static ModelField named(String name) {
    for (ModelField f : ModelField.values()) {
      if (f.id().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no model field " + name);
  }

  /** The compare rows, in display order: related facts next to each other. */
  static final List<ModelField> COMPARE_ORDER =
      List.of(
          ModelField.ORG,
          ModelField.CATEGORY,
          ModelField.RELEASED,
          ModelField.ANNOUNCED,
          ModelField.OPEN,
          ModelField.ACCESS,
          ModelField.PARAMS,
          ModelField.ARCHITECTURE,
          ModelField.CONTEXT,
          ModelField.MAX_OUTPUT,
          ModelField.MODALITIES,
          ModelField.KNOWLEDGE_CUTOFF,
          ModelField.TRAINING,
          ModelField.LICENSE,
          ModelField.BASE,
          ModelField.LINKS);

  /** The card's lines, in display order. */
  static final List<ModelField> CARD_ORDER =
      List.of(
          ModelField.ID,
          ModelField.ORG,
          ModelField.CATEGORY,
          ModelField.RELEASED,
          ModelField.ANNOUNCED,
          ModelField.OPEN,
          ModelField.ACCESS,
          ModelField.PARAMS,
          ModelField.ARCHITECTURE,
          ModelField.CONTEXT,
          ModelField.MAX_OUTPUT,
          ModelField.MODALITIES,
          ModelField.KNOWLEDGE_CUTOFF,
          ModelField.TRAINING,
          ModelField.LICENSE,
          ModelField.ALIASES,
          ModelField.BASE,
          ModelField.DERIVATIVES,
          ModelField.TRAINED_WITH,
          ModelField.IDS,
          ModelField.LINKS,
          ModelField.SOURCES,
          ModelField.NOTES,
          ModelField.CORRECTIONS);

  /** The values compare compares, by field name, in display order. */
  public static Map<String, Function<Model, Object>> comparedValues() {
    Map<String, Function<Model, Object>> out = new LinkedHashMap<>();
    for (ModelField f : COMPARE_ORDER) {
      out.put(f.id(), f::compareValue);
    }
    return out;
  }

  /** The list columns, in order. */
  static List<ModelField> columns() {
    List<ModelField> out = new ArrayList<>();
    for (ModelField f : ModelField.values()) {
      if (f.column() != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** The docs/json.md table of the summary or the detail fields: name, type, meaning. */
  public static String docsTable(boolean detail) {
    StringBuilder sb = new StringBuilder("| field | type | meaning |\n|---|---|---|\n");
    for (ModelField f : ModelField.values()) {
      if (f.detail() == detail) {
        sb.append("| `")
            .append(f.id())
            .append("` | ")
            .append(f.type())
            .append(" | ")
            .append(f.meaning())
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  // ---- What the definitions share.

  static String none(TerminalContext ctx) {
    return ctx.tty() ? "-" : "";
  }

  static Table.Cell unknown(TerminalContext ctx) {
    return new Table.Cell(none(ctx), Style.UNKNOWN);
  }

  static Table.Cell plainOrUnknown(String text, TerminalContext ctx) {
    return text == null ? unknown(ctx) : Table.Cell.of(text);
  }

  static String str(Object o) {
    return o == null ? null : o.toString();
  }

  /**
   * A boolean in CSV and TSV: yes or no, as the list table, {@code open:yes} and {@code stats --by
   * open} write it (JSON keeps true and false); null stays an empty cell.
   */
  static String yesNo(Boolean b) {
    return b == null ? null : b ? "yes" : "no";
  }

  static String date(ReleaseDate d) {
    return d == null ? null : d.toString();
  }

  static String joined(List<String> values) {
    return String.join(LIST_SEPARATOR, values);
  }

  static String pairs(Map<String, String> map) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      parts.add(e.getKey() + "=" + e.getValue());
    }
    return joined(parts);
  }

  static void strings(JsonGenerator gen, List<String> values) throws IOException {
    gen.writeStartArray();
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  static void stringMap(JsonGenerator gen, Map<String, String> map) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, String> e : map.entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }

  static void nullableNumber(JsonGenerator gen, Long value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(value);
    }
  }

  /** A training figure: whole when it is whole (tokens), else as a double (FLOP). */
  private static void number(JsonGenerator gen, double v) throws IOException {
    if (v == Math.rint(v) && v < 9e15) {
      gen.writeNumber((long) v);
    } else {
      gen.writeNumber(v);
    }
  }

  static void params(JsonGenerator gen, ParamSize p) throws IOException {
    if (p == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    gen.writeStringField("text", p.text());
    gen.writeFieldName("min");
    nullableNumber(gen, p.min());
    gen.writeFieldName("max");
    nullableNumber(gen, p.max());
    gen.writeFieldName("variants");
    strings(gen, p.variants());
    gen.writeFieldName("active");
    nullableNumber(gen, p.active());
    gen.writeBooleanField("confirmed", p.confirmed());
    gen.writeEndObject();
  }

  static void paramsCard(ModelField.CardLines out, ModelField.Of of) {
    Model m = of.model();
    if (m.params() == null) {
      return;
    }
    String figure = m.params().text();
    String text = figure;
    // The text is the figure as written and often names the sizes and the active count
    // already ("7B/13B/70B", "671B (37B active)"): add only what it leaves out.
    List<String> variants = m.params().variants();
    boolean allMentioned = true;
    for (String v : variants) {
      allMentioned &= ModelCard.mentions(figure, v);
    }
    if (!variants.isEmpty() && !allMentioned) {
      text += " [" + String.join(", ", variants) + "]";
    }
    if (m.params().active() != null && !figure.contains("active")) {
      text += " (" + ParamSize.formatCount(m.params().active()) + " active)";
    }
    // An estimate is marked as such; "undisclosed" is no figure to doubt.
    if (!m.params().confirmed() && m.params().known() && !figure.contains("unconfirmed")) {
      text += " (unconfirmed)";
    } else if (m.facts().unconfirmed("params.active")) {
      text += " (active: unconfirmed)";
    }
    out.line("params", text, m.params().known() ? Style.PLAIN : Style.UNKNOWN);
  }

  static void basesCard(ModelField.CardLines out, ModelField.Of of) {
    List<String> bases = new ArrayList<>();
    for (Lineage edge : of.model().bases()) {
      Model base = of.catalog().index().byId(edge.baseId());
      List<String> notes = new ArrayList<>();
      if (edge.relation() != null) {
        notes.add(edge.relation().id());
      }
      if (edge.since() != null) {
        notes.add("since " + edge.since());
      }
      if (!edge.confirmed()) {
        notes.add("unconfirmed");
      }
      bases.add(
          notes.isEmpty() ? base.name() : base.name() + " (" + String.join(", ", notes) + ")");
    }
    out.line("based on", bases.isEmpty() ? "-" : String.join(", ", bases), Style.PLAIN);
  }

  static void lineage(JsonGenerator gen, ModelField.Of of) throws IOException {
    gen.writeStartArray();
    for (Lineage edge : of.model().bases()) {
      gen.writeStartObject();
      gen.writeStringField("id", edge.baseId());
      gen.writeStringField("name", of.catalog().index().byId(edge.baseId()).name());
      gen.writeStringField("relation", edge.relation() == null ? null : edge.relation().id());
      gen.writeStringField("since", edge.since() == null ? null : edge.since().toString());
      gen.writeBooleanField("confirmed", edge.confirmed());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** On a terminal the kinds of link (URLs do not fit a column); piped, each kind and its URL. */
  static Table.Cell links(Model m, TerminalContext ctx) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> link : m.links().entrySet()) {
      parts.add(link.getKey());
    }
    // On a terminal the kinds, to read; piped, kind=url pairs as CSV and TSV write links.
    return new Table.Cell(ctx.tty() ? String.join(", ", parts) : pairs(m.links()), Style.LINK);
  }

  /** The org line of the card. */
  static String orgText(Org org) {
    String orgText = org.name();
    // The Chinese name only when it says something the name and family do not ("Meta" for Meta
    // AI is the same brand, and would read "Meta AI Meta (Meta family)").
    if (org.nameZh() != null
        && !org.nameZh().equalsIgnoreCase(org.name())
        && !org.nameZh().equalsIgnoreCase(org.family())) {
      orgText += " " + org.nameZh();
    }
    if (!org.family().equals(org.name())) {
      orgText += " (" + org.family() + " family)";
    }
    return orgText;
  }

  /** A format-2 fact's card line, marked when unconfirmed; nothing when unknown. */
  static void factLine(ModelField.CardLines out, Model m, String fact, String value) {
    if (value != null) {
      out.line(FactText.label(fact), value + FactText.unconfirmed(m, fact), Style.PLAIN);
    }
  }

  static Table.Cell tokensCell(Long n, TerminalContext ctx) {
    return n == null ? unknown(ctx) : Table.Cell.of(FactText.tokens(n, ctx));
  }

  static void tokensLine(ModelField.CardLines out, Model m, String fact, Long n) {
    if (n != null) {
      factLine(out, m, fact, FactText.tokensLong(n));
    }
  }

  static void modalities(JsonGenerator gen, Modalities mods) throws IOException {
    if (mods == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    gen.writeFieldName("input");
    strings(gen, ids(mods.input()));
    gen.writeFieldName("output");
    strings(gen, ids(mods.output()));
    gen.writeEndObject();
  }

  static String modalitiesFlat(Modalities mods) {
    return mods == null ? null : joined(ids(mods.input())) + "->" + joined(ids(mods.output()));
  }

  private static List<String> ids(List<Modality> list) {
    List<String> out = new ArrayList<>();
    for (Modality m : list) {
      out.add(m.id());
    }
    return out;
  }

  static void training(JsonGenerator gen, ModelFacts f) throws IOException {
    if (f.training() == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    figure(gen, "tokens", f.tokens());
    figure(gen, "computeFlop", f.computeFlop());
    gen.writeEndObject();
  }

  private static void figure(JsonGenerator gen, String field, Figure f) throws IOException {
    gen.writeFieldName(field);
    if (f == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject();
    gen.writeFieldName("value");
    number(gen, f.value());
    gen.writeBooleanField("estimate", f.estimate());
    gen.writeEndObject();
  }

  static String trainingFlat(ModelFacts f) {
    if (f.training() == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (f.tokens() != null) {
      parts.add("tokens=" + FactText.exact(f.tokens().value()));
      parts.add("tokensEstimate=" + yesNo(f.tokens().estimate()));
    }
    if (f.computeFlop() != null) {
      parts.add("computeFlop=" + FactText.exact(f.computeFlop().value()));
      parts.add("computeFlopEstimate=" + yesNo(f.computeFlop().estimate()));
    }
    return joined(parts);
  }

  static void trainingCard(ModelField.CardLines out, Model m) {
    ModelFacts f = m.facts();
    if (f.tokens() != null) {
      out.line(
          FactText.label("training.tokens"),
          Counts.formatLarge(f.tokens().value())
              + " tokens"
              + (f.tokens().estimate() ? " (estimate)" : "")
              + FactText.unconfirmed(m, "training.tokens"),
          f.tokens().estimate() ? Style.DIM : Style.PLAIN);
    }
    if (f.computeFlop() != null) {
      out.line(
          FactText.label("training.computeFlop"),
          Counts.formatFlop(f.computeFlop().value())
              + " FLOP"
              + (f.computeFlop().estimate() ? " (estimate)" : "")
              + FactText.unconfirmed(m, "training.computeFlop"),
          f.computeFlop().estimate() ? Style.DIM : Style.PLAIN);
    }
  }

  private static Map<String, List<String>> idLists(ExternalIds ids) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("huggingface", ids.huggingface());
    out.put("modelsDev", ids.modelsDev());
    out.put("openRouter", ids.openRouter());
    out.put("epoch", ids.epoch());
    return out;
  }

  static void ids(JsonGenerator gen, ExternalIds ids) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, List<String>> e : idLists(ids).entrySet()) {
      gen.writeFieldName(e.getKey());
      strings(gen, e.getValue());
    }
    gen.writeEndObject();
  }

  static String idsFlat(ExternalIds ids) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : idLists(ids).entrySet()) {
      for (String id : e.getValue()) {
        parts.add(e.getKey() + "=" + id);
      }
    }
    return joined(parts);
  }

  static void idsCard(ModelField.CardLines out, ExternalIds ids) {
    if (ids.isEmpty()) {
      return;
    }
    out.heading("ids");
    for (Map.Entry<String, List<String>> e : idLists(ids).entrySet()) {
      if (!e.getValue().isEmpty()) {
        out.line("  " + idLabel(e.getKey()), String.join(", ", e.getValue()), Style.PLAIN);
      }
    }
  }

  /** The card's label for a catalog of ids, short enough for the label column. */
  private static String idLabel(String catalog) {
    return switch (catalog) {
      case "huggingface" -> "hf";
      case "modelsDev" -> "models.dev";
      case "openRouter" -> "openrouter";
      default -> catalog;
    };
  }

  static void sourcesCard(ModelField.CardLines out, Map<String, String> sources) {
    if (sources.isEmpty()) {
      return;
    }
    out.heading("sources");
    for (Map.Entry<String, String> e : sources.entrySet()) {
      String label = FactText.label(e.getKey());
      out.line("  " + (label.equals("architecture") ? "arch" : label), e.getValue(), Style.LINK);
    }
  }
}
