package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.model.Access;
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
import dev.llmscape.query.SortKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every model field, each defined once ({@link ModelField}), in JSON order: the summary fields of
 * every model object, then the detail fields {@code show} adds. The JSON contract (docs/json.md),
 * CSV and TSV columns, {@code --fields}, compare rows, list columns and the {@code show} card all
 * come from here; the docs' field tables are generated from it and checked by a test.
 */
public final class ModelFields {
  private ModelFields() {}

  /** Separates list items in a flat cell. */
  static final String LIST_SEPARATOR = ";";

  private static final List<ModelField> ALL = build();

  /** Every field, summary then detail, in JSON order. */
  public static List<ModelField> all() {
    return ALL;
  }

  /** The names of the summary fields (every model object), in JSON order. */
  public static List<String> summaryNames() {
    return ALL.stream().filter(f -> !f.detail()).map(ModelField::name).toList();
  }

  /** The names of the detail fields {@code show} adds, in JSON order. */
  public static List<String> detailNames() {
    return ALL.stream().filter(ModelField::detail).map(ModelField::name).toList();
  }

  /** The names of every field, summary then detail. */
  public static List<String> allNames() {
    return ALL.stream().map(ModelField::name).toList();
  }

  public static ModelField named(String name) {
    for (ModelField f : ALL) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no model field " + name);
  }

  /** The compare rows, in display order: related facts next to each other. */
  public static final List<String> COMPARE_ORDER =
      List.of(
          "org",
          "category",
          "released",
          "announced",
          "open",
          "access",
          "params",
          "architecture",
          "context",
          "maxOutput",
          "modalities",
          "knowledgeCutoff",
          "training",
          "license",
          "base",
          "links");

  /** The card's lines, in display order. */
  static final List<String> CARD_ORDER =
      List.of(
          "id",
          "org",
          "category",
          "released",
          "announced",
          "open",
          "access",
          "params",
          "architecture",
          "context",
          "maxOutput",
          "modalities",
          "knowledgeCutoff",
          "training",
          "license",
          "aliases",
          "base",
          "derivatives",
          "trainedWith",
          "ids",
          "links",
          "sources",
          "notes",
          "corrections");

  /** The compared fields, in display order, each with the value compared. */
  public static List<ModelField> compared() {
    return COMPARE_ORDER.stream().map(ModelFields::named).toList();
  }

  /** The values compare compares, by field name, in display order. */
  public static Map<String, Function<Model, Object>> comparedValues() {
    Map<String, Function<Model, Object>> out = new LinkedHashMap<>();
    for (ModelField f : compared()) {
      out.put(f.name(), f.compare().value());
    }
    return out;
  }

  /** The list columns, in order. */
  public static List<ModelField> columns() {
    return ALL.stream().filter(f -> f.column() != null).toList();
  }

  /** The docs/json.md table of some fields: name, type, meaning. */
  public static String docsTable(boolean detail) {
    StringBuilder sb = new StringBuilder("| field | type | meaning |\n|---|---|---|\n");
    for (ModelField f : ALL) {
      if (f.detail() == detail) {
        sb.append("| `")
            .append(f.name())
            .append("` | ")
            .append(f.type())
            .append(" | ")
            .append(f.meaning())
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  // ---- The definitions ----

  private static String none(TerminalContext ctx) {
    return ctx.tty() ? "-" : "";
  }

  private static Table.Cell unknown(TerminalContext ctx) {
    return new Table.Cell(none(ctx), Style.UNKNOWN);
  }

  private static Table.Cell plainOrUnknown(String text, TerminalContext ctx) {
    return text == null ? unknown(ctx) : Table.Cell.of(text);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static void strings(JsonGenerator gen, List<String> values) throws IOException {
    gen.writeStartArray();
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  private static void nullableNumber(JsonGenerator gen, Long value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(value);
    }
  }

  private static void number(JsonGenerator gen, double v) throws IOException {
    if (v == Math.rint(v) && v < 9e15) {
      gen.writeNumber((long) v);
    } else {
      gen.writeNumber(v);
    }
  }

  private static String joined(List<String> values) {
    return String.join(LIST_SEPARATOR, values);
  }

  private static String pairs(Map<String, String> map) {
    return map.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(LIST_SEPARATOR));
  }

  private static String date(ReleaseDate d) {
    return d == null ? null : d.toString();
  }

  /** A builder that keeps each definition to the parts it has. */
  private static final class Def {
    private final String name;
    private final String type;
    private final String meaning;
    private boolean detail;
    private ModelField.Json json;
    private ModelField.Flat flat;
    private ModelField.Compare compare;
    private ModelField.Column column;
    private ModelField.Card card;
    private List<SortKey> sortKeys = List.of();

    Def(String name, String type, String meaning) {
      this.name = name;
      this.type = type;
      this.meaning = meaning;
    }

    Def detail() {
      detail = true;
      return this;
    }

    Def json(ModelField.Json json) {
      this.json = json;
      return this;
    }

    /** A string value, the same in JSON and CSV. */
    Def text(Function<ModelField.Of, String> value) {
      json = (gen, of) -> gen.writeString(value.apply(of));
      flat = value::apply;
      return this;
    }

    Def flat(ModelField.Flat flat) {
      this.flat = flat;
      return this;
    }

    Def compare(Function<Model, Object> value, ModelField.Cell cell) {
      compare = new ModelField.Compare(value, cell, false);
      return this;
    }

    /** A compare row shown only when some compared model has a value. */
    Def optionalCompare(Function<Model, Object> value, ModelField.Cell cell) {
      compare = new ModelField.Compare(value, cell, true);
      return this;
    }

    Def column(Table.Column c, ModelField.Cell cell) {
      column = new ModelField.Column(c, cell, false);
      return this;
    }

    Def pipedColumn(Table.Column c, ModelField.Cell cell) {
      column = new ModelField.Column(c, cell, true);
      return this;
    }

    Def card(ModelField.Card card) {
      this.card = card;
      return this;
    }

    Def sort(SortKey... keys) {
      sortKeys = List.of(keys);
      return this;
    }

    ModelField build() {
      return new ModelField(
          name, detail, type, meaning, json, flat, compare, column, card, sortKeys);
    }
  }

  private static List<ModelField> build() {
    List<Def> defs = new ArrayList<>();
    defs.add(
        new Def("id", "string", "stable slug")
            .text(of -> of.model().id())
            .pipedColumn(Table.Column.fixed("ID"), (of, ctx) -> Table.Cell.of(of.model().id()))
            .card((out, of) -> out.line("id", of.model().id(), Style.PLAIN)));
    defs.add(
        new Def("name", "string", "display name")
            .text(of -> of.model().name())
            .column(
                Table.Column.flexible("NAME", 8),
                (of, ctx) -> {
                  Model m = of.model();
                  String name =
                      ctx.tty() && m.nameZh() != null ? m.name() + " " + m.nameZh() : m.name();
                  return new Table.Cell(name, Style.BOLD);
                })
            .sort(SortKey.NAME));
    defs.add(new Def("nameZh", "string \\| null", "Chinese name").text(of -> of.model().nameZh()));
    defs.add(
        new Def("aliases", "string[]", "other names")
            .json((gen, of) -> strings(gen, of.model().aliases()))
            .flat(of -> joined(of.model().aliases()))
            .card(
                (out, of) -> {
                  if (!of.model().aliases().isEmpty()) {
                    out.line("aliases", String.join(", ", of.model().aliases()), Style.PLAIN);
                  }
                }));
    defs.add(
        new Def("org", "string", "the org's display name")
            .text(of -> of.catalog().orgOf(of.model()).name())
            .compare(
                Model::orgId, (of, ctx) -> Table.Cell.of(of.catalog().orgOf(of.model()).name()))
            .column(
                Table.Column.flexible("ORG", 6).droppable(4),
                (of, ctx) -> Table.Cell.of(of.catalog().orgOf(of.model()).name()))
            .card(
                (out, of) -> out.line("org", orgText(of.catalog().orgOf(of.model())), Style.PLAIN))
            .sort(SortKey.ORG));
    defs.add(new Def("orgId", "string", "the org's id").text(of -> of.model().orgId()));
    defs.add(
        new Def(
                "family",
                "string",
                "the org's family (`Google` for Google Brain, DeepMind, Google DeepMind)")
            .text(of -> of.catalog().orgOf(of.model()).family()));
    defs.add(
        new Def(
                "category",
                "string",
                "`foundation`, `instruction`, `chat`, `code`, `reasoning`, `multimodal`,"
                    + " `framework`")
            .text(of -> of.model().category().id())
            .compare(Model::category, (of, ctx) -> Table.Cell.of(of.model().category().id()))
            .column(
                Table.Column.fixed("CATEGORY").droppable(5),
                (of, ctx) -> Table.Cell.of(of.model().category().id()))
            .card((out, of) -> out.line("category", of.model().category().id(), Style.PLAIN)));
    defs.add(
        new Def(
                "released",
                "string \\| null",
                "`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as known: when anyone outside the"
                    + " lab could first use it")
            .text(of -> date(of.model().released()))
            .compare(Model::released, (of, ctx) -> ModelTable.released(of.model(), ctx))
            .column(
                Table.Column.fixed("RELEASED").droppable(1),
                (of, ctx) -> ModelTable.released(of.model(), ctx))
            .card(
                (out, of) -> {
                  ReleaseDate r = of.model().released();
                  out.line(
                      "released",
                      r == null ? "unknown" : r.toString(),
                      r == null ? Style.UNKNOWN : Style.PLAIN);
                })
            .sort(SortKey.DATE));
    defs.add(
        new Def(
                "open",
                "boolean \\| null",
                "weights downloadable; derived from `access` where the catalog gives one")
            .json(
                (gen, of) -> {
                  Boolean open = of.model().openness().asBoolean();
                  if (open == null) {
                    gen.writeNull();
                  } else {
                    gen.writeBoolean(open);
                  }
                })
            .flat(of -> str(of.model().openness().asBoolean()))
            .compare(Model::openness, (of, ctx) -> ModelTable.openness(of.model().openness(), ctx))
            .column(
                Table.Column.fixed("OPEN").droppable(2),
                (of, ctx) -> ModelTable.openness(of.model().openness(), ctx))
            .card(
                (out, of) -> {
                  Table.Cell open = ModelTable.openness(of.model().openness());
                  out.line("open", open.text(), open.style());
                }));
    defs.add(
        new Def(
                "params",
                "object \\| null",
                "`{text, min, max, variants, active, confirmed}`: `text` string; `min`, `max`,"
                    + " `active` integers (parameters) or null; `variants` string[];"
                    + " `confirmed` boolean")
            .json((gen, of) -> params(gen, of.model().params()))
            .flat(of -> of.model().params() == null ? null : of.model().params().text())
            .compare(
                m -> m.params() == null ? null : m.params().text(),
                (of, ctx) -> ModelTable.params(of.model().params(), ctx))
            .column(
                Table.Column.flexible("PARAMS", 7).droppable(3),
                (of, ctx) -> ModelTable.params(of.model().params(), ctx))
            .card(ModelFields::paramsCard)
            .sort(SortKey.SIZE, SortKey.ACTIVE));
    defs.add(
        new Def("base", "string[]", "ids of the models it derives from")
            .json((gen, of) -> strings(gen, of.model().baseIds()))
            .flat(of -> joined(of.model().baseIds()))
            .compare(
                Model::baseIds,
                (of, ctx) ->
                    Table.Cell.of(
                        of.model().baseIds().isEmpty()
                            ? none(ctx)
                            : String.join(
                                ", ",
                                of.model().baseIds().stream()
                                    .map(id -> of.catalog().index().byId(id).name())
                                    .toList())))
            .card(ModelFields::basesCard));
    defs.add(
        new Def(
                "links",
                "object",
                "kind → URL (`paper`, `blog`, `modelCard`, `report`, `code`, `website`, `video`)")
            .json(
                (gen, of) -> {
                  gen.writeStartObject();
                  for (Map.Entry<String, String> link : of.model().links().entrySet()) {
                    gen.writeStringField(link.getKey(), link.getValue());
                  }
                  gen.writeEndObject();
                })
            .flat(of -> pairs(of.model().links()))
            // Every model has its own URLs: what can be the same is which kinds of source exist.
            .compare(m -> m.links().keySet(), (of, ctx) -> links(of.model(), ctx))
            .card(
                (out, of) -> {
                  if (!of.model().links().isEmpty()) {
                    out.heading("links");
                    for (Map.Entry<String, String> link : of.model().links().entrySet()) {
                      out.line("  " + link.getKey(), link.getValue(), Style.LINK);
                    }
                  }
                }));
    defs.add(
        new Def("license", "string \\| null", "licence name")
            .text(of -> of.model().license())
            .compare(Model::license, (of, ctx) -> plainOrUnknown(of.model().license(), ctx))
            .card(
                (out, of) ->
                    out.line(
                        "license",
                        of.model().license() == null ? "unknown" : of.model().license(),
                        of.model().license() == null ? Style.UNKNOWN : Style.PLAIN)));
    FactFields.add(defs);
    defs.add(
        new Def(
                "lineage",
                "object[]",
                "one per base: `{id, name, relation, since, confirmed}`; `relation` and `since`"
                    + " may be null; `confirmed` is false for an edge the sources only suggest")
            .detail()
            .json(ModelFields::lineage));
    defs.add(
        new Def("derivatives", "string[]", "ids of the models that name this one as a base")
            .detail()
            .json((gen, of) -> strings(gen, of.derivatives().stream().map(Model::id).toList()))
            .card(
                (out, of) ->
                    out.line(
                        "derivatives",
                        of.derivatives().isEmpty()
                            ? "-"
                            : String.join(
                                ", ", of.derivatives().stream().map(Model::name).toList()),
                        Style.PLAIN)));
    defs.add(
        new Def("trainedWith", "string[]", "ids of training frameworks")
            .detail()
            .json((gen, of) -> strings(gen, of.model().trainedWith()))
            .card(
                (out, of) -> {
                  if (!of.model().trainedWith().isEmpty()) {
                    List<String> names =
                        of.model().trainedWith().stream()
                            .map(id -> of.catalog().index().byId(id).name())
                            .toList();
                    out.line("trained with", String.join(", ", names), Style.PLAIN);
                  }
                }));
    defs.add(
        new Def("notes", "string \\| null", "")
            .detail()
            .json((gen, of) -> gen.writeString(of.model().notes()))
            .card(
                (out, of) -> {
                  if (of.model().notes() != null) {
                    out.line("notes", of.model().notes(), Style.PLAIN);
                  }
                }));
    defs.add(
        new Def("corrections", "string[]", "corrections to the seed README")
            .detail()
            .json((gen, of) -> strings(gen, of.model().corrections()))
            .card(
                (out, of) -> {
                  if (!of.model().corrections().isEmpty()) {
                    out.heading("corrections to the seed");
                    for (String c : of.model().corrections()) {
                      out.line("  -", c, Style.WARNING);
                    }
                  }
                }));
    defs.add(
        new Def("seed", "string \\| null", "the seed README section it came from")
            .detail()
            .json((gen, of) -> gen.writeString(of.model().seedSection())));
    return defs.stream().map(Def::build).toList();
  }

  /**
   * The format-2 facts, after {@code license} in JSON order. A nested class only to keep the
   * definitions of the older fields and the new ones apart.
   */
  private static final class FactFields {
    static void add(List<Def> defs) {
      defs.add(
          new Def(
                  "access",
                  "string \\| null",
                  "`open` (weights, permissive licence), `open-restricted` (weights with use"
                      + " restrictions), `open-noncommercial`, `api` (weights not released),"
                      + " `hosted` (a product only, no API), `unreleased`")
              .text(
                  of ->
                      of.model().facts().access() == null ? null : of.model().facts().access().id())
              .optionalCompare(m -> m.facts().access(), ModelFields::accessCell)
              .card(
                  (out, of) -> {
                    Access a = of.model().facts().access();
                    if (a != null) {
                      out.line(
                          "access",
                          a.id()
                              + " ("
                              + FactText.meaning(a)
                              + ")"
                              + FactText.unconfirmed(of.model(), "access"),
                          FactText.style(a));
                    }
                  }));
      defs.add(
          new Def(
                  "announced",
                  "string \\| null",
                  "when it was announced, where that differs from `released` (or it was never"
                      + " released); dates as `released`")
              .text(of -> date(of.model().facts().announced()))
              .optionalCompare(
                  m -> m.facts().announced(),
                  (of, ctx) -> plainOrUnknown(date(of.model().facts().announced()), ctx))
              .card(
                  (out, of) -> {
                    ReleaseDate d = of.model().facts().announced();
                    if (d != null) {
                      out.line(
                          "announced",
                          d + FactText.unconfirmed(of.model(), "announced"),
                          Style.PLAIN);
                    }
                  }));
      defs.add(
          new Def(
                  "context",
                  "integer \\| null",
                  "native context window in tokens, as the developer documents it")
              .json((gen, of) -> nullableNumber(gen, of.model().facts().context()))
              .flat(of -> str(of.model().facts().context()))
              .optionalCompare(
                  m -> m.facts().context(),
                  (of, ctx) -> tokensCell(of.model().facts().context(), ctx))
              .column(
                  Table.Column.number("CONTEXT").asSpare(),
                  (of, ctx) -> tokensCell(of.model().facts().context(), ctx))
              .card(
                  (out, of) -> tokensLine(out, of.model(), "context", of.model().facts().context()))
              .sort(SortKey.CONTEXT));
      defs.add(
          new Def(
                  "maxOutput",
                  "integer \\| null",
                  "documented maximum output tokens, where the developer states one")
              .json((gen, of) -> nullableNumber(gen, of.model().facts().maxOutput()))
              .flat(of -> str(of.model().facts().maxOutput()))
              .optionalCompare(
                  m -> m.facts().maxOutput(),
                  (of, ctx) -> tokensCell(of.model().facts().maxOutput(), ctx))
              .card(
                  (out, of) ->
                      tokensLine(out, of.model(), "maxOutput", of.model().facts().maxOutput())));
      defs.add(
          new Def(
                  "modalities",
                  "object \\| null",
                  "`{input, output}`, each a string[] of `text`, `image`, `audio`, `video`, `pdf`")
              .json(
                  (gen, of) -> {
                    Modalities mods = of.model().facts().modalities();
                    if (mods == null) {
                      gen.writeNull();
                      return;
                    }
                    gen.writeStartObject();
                    gen.writeFieldName("input");
                    strings(gen, mods.input().stream().map(Modality::id).toList());
                    gen.writeFieldName("output");
                    strings(gen, mods.output().stream().map(Modality::id).toList());
                    gen.writeEndObject();
                  })
              .flat(
                  of -> {
                    Modalities mods = of.model().facts().modalities();
                    return mods == null
                        ? null
                        : joined(mods.input().stream().map(Modality::id).toList())
                            + "->"
                            + joined(mods.output().stream().map(Modality::id).toList());
                  })
              .optionalCompare(
                  m -> m.facts().modalities(),
                  (of, ctx) -> plainOrUnknown(str(of.model().facts().modalities()), ctx))
              .card(
                  (out, of) -> {
                    Modalities mods = of.model().facts().modalities();
                    if (mods != null) {
                      out.line(
                          "modalities",
                          mods + FactText.unconfirmed(of.model(), "modalities"),
                          Style.PLAIN);
                    }
                  }));
      defs.add(
          new Def(
                  "knowledgeCutoff",
                  "string \\| null",
                  "the training-data cut-off its developer states, `YYYY-MM` or `YYYY-MM-DD`")
              .text(of -> date(of.model().facts().knowledgeCutoff()))
              .optionalCompare(
                  m -> m.facts().knowledgeCutoff(),
                  (of, ctx) -> plainOrUnknown(date(of.model().facts().knowledgeCutoff()), ctx))
              .card(
                  (out, of) -> {
                    ReleaseDate d = of.model().facts().knowledgeCutoff();
                    if (d != null) {
                      out.line(
                          FactText.label("knowledgeCutoff"),
                          d + FactText.unconfirmed(of.model(), "knowledgeCutoff"),
                          Style.PLAIN);
                    }
                  }));
      defs.add(
          new Def(
                  "architecture",
                  "string \\| null",
                  "`dense`, `moe` (mixture of experts), `ssm`, `hybrid` or `undisclosed`")
              .text(
                  of ->
                      of.model().facts().architecture() == null
                          ? null
                          : of.model().facts().architecture().id())
              .optionalCompare(
                  m -> m.facts().architecture(),
                  (of, ctx) ->
                      plainOrUnknown(
                          of.model().facts().architecture() == null
                              ? null
                              : of.model().facts().architecture().id(),
                          ctx))
              .card(
                  (out, of) -> {
                    var a = of.model().facts().architecture();
                    if (a != null) {
                      out.line(
                          "architecture",
                          a.id() + FactText.unconfirmed(of.model(), "architecture"),
                          Style.PLAIN);
                    }
                  }));
      defs.add(
          new Def(
                  "training",
                  "object \\| null",
                  "`{tokens, computeFlop}`: each `{value, estimate}` or null; `tokens` the"
                      + " pre-training tokens (integer), `computeFlop` the training compute in"
                      + " FLOP (number); `estimate` true when the figure is an estimate (Epoch"
                      + " AI's), not the developer's")
              .json(ModelFields::training)
              .flat(ModelFields::trainingFlat)
              .optionalCompare(
                  m -> m.facts().training(),
                  (of, ctx) -> {
                    String text = FactText.training(of.model().facts(), ctx.tty());
                    return text.isEmpty() ? unknown(ctx) : Table.Cell.of(text);
                  })
              .card(ModelFields::trainingCard)
              .sort(SortKey.TOKENS, SortKey.COMPUTE));
      defs.add(
          new Def(
                  "ids",
                  "object",
                  "the model's ids elsewhere: `{huggingface, modelsDev, openRouter, epoch}`, each a"
                      + " string[] (Hugging Face repos, models.dev ids, OpenRouter slugs, Epoch AI"
                      + " model names)")
              .json(
                  (gen, of) -> {
                    gen.writeStartObject();
                    for (Map.Entry<String, List<String>> e :
                        ids(of.model().facts().ids()).entrySet()) {
                      gen.writeFieldName(e.getKey());
                      strings(gen, e.getValue());
                    }
                    gen.writeEndObject();
                  })
              .flat(
                  of -> {
                    List<String> parts = new ArrayList<>();
                    ids(of.model().facts().ids())
                        .forEach((k, list) -> list.forEach(id -> parts.add(k + "=" + id)));
                    return joined(parts);
                  })
              .card(
                  (out, of) -> {
                    if (!of.model().facts().ids().isEmpty()) {
                      out.heading("ids");
                      ids(of.model().facts().ids())
                          .forEach(
                              (k, list) -> {
                                if (!list.isEmpty()) {
                                  out.line("  " + idLabel(k), String.join(", ", list), Style.PLAIN);
                                }
                              });
                    }
                  }));
      defs.add(
          new Def(
                  "sources",
                  "object",
                  "fact → URL of the source that states it, for each format-2 fact present"
                      + " (`access`, `context`, `training.tokens`...)")
              .json(
                  (gen, of) -> {
                    gen.writeStartObject();
                    for (Map.Entry<String, String> e : of.model().facts().sources().entrySet()) {
                      gen.writeStringField(e.getKey(), e.getValue());
                    }
                    gen.writeEndObject();
                  })
              .flat(of -> pairs(of.model().facts().sources()))
              .card(
                  (out, of) -> {
                    Map<String, String> sources = of.model().facts().sources();
                    if (!sources.isEmpty()) {
                      out.heading("sources");
                      for (Map.Entry<String, String> e : sources.entrySet()) {
                        String label = FactText.label(e.getKey());
                        out.line(
                            "  " + (label.equals("architecture") ? "arch" : label),
                            e.getValue(),
                            Style.LINK);
                      }
                    }
                  }));
      defs.add(
          new Def(
                  "unconfirmed",
                  "string[]",
                  "facts whose only source is third-party (models.dev, Epoch AI, the press)")
              .json((gen, of) -> strings(gen, of.model().facts().unconfirmed()))
              .flat(of -> joined(of.model().facts().unconfirmed())));
    }
  }

  private static Map<String, List<String>> ids(ExternalIds ids) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("huggingface", ids.huggingface());
    out.put("modelsDev", ids.modelsDev());
    out.put("openRouter", ids.openRouter());
    out.put("epoch", ids.epoch());
    return out;
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

  private static Table.Cell accessCell(ModelField.Of of, TerminalContext ctx) {
    Access a = of.model().facts().access();
    return a == null ? unknown(ctx) : new Table.Cell(a.id(), FactText.style(a));
  }

  private static Table.Cell tokensCell(Long n, TerminalContext ctx) {
    return n == null ? unknown(ctx) : Table.Cell.of(FactText.tokens(n, ctx));
  }

  private static void tokensLine(ModelField.CardLines out, Model m, String fact, Long n) {
    if (n != null) {
      out.line(
          FactText.label(fact),
          FactText.tokensLong(n) + FactText.unconfirmed(m, fact),
          Style.PLAIN);
    }
  }

  private static void training(JsonGenerator gen, ModelField.Of of) throws IOException {
    ModelFacts f = of.model().facts();
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

  private static String trainingFlat(ModelField.Of of) {
    ModelFacts f = of.model().facts();
    if (f.training() == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (f.tokens() != null) {
      parts.add("tokens=" + FactText.exact(f.tokens().value()));
      parts.add("tokensEstimate=" + f.tokens().estimate());
    }
    if (f.computeFlop() != null) {
      parts.add("computeFlop=" + FactText.exact(f.computeFlop().value()));
      parts.add("computeFlopEstimate=" + f.computeFlop().estimate());
    }
    return joined(parts);
  }

  private static void trainingCard(ModelField.CardLines out, ModelField.Of of) {
    ModelFacts f = of.model().facts();
    Model m = of.model();
    if (f.tokens() != null) {
      out.line(
          FactText.label("training.tokens"),
          dev.llmscape.model.Counts.formatLarge(f.tokens().value())
              + " tokens"
              + (f.tokens().estimate() ? " (estimate)" : "")
              + FactText.unconfirmed(m, "training.tokens"),
          f.tokens().estimate() ? Style.DIM : Style.PLAIN);
    }
    if (f.computeFlop() != null) {
      out.line(
          FactText.label("training.computeFlop"),
          dev.llmscape.model.Counts.formatFlop(f.computeFlop().value())
              + " FLOP"
              + (f.computeFlop().estimate() ? " (estimate)" : "")
              + FactText.unconfirmed(m, "training.computeFlop"),
          f.computeFlop().estimate() ? Style.DIM : Style.PLAIN);
    }
  }

  private static void lineage(JsonGenerator gen, ModelField.Of of) throws IOException {
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

  private static void params(JsonGenerator gen, ParamSize p) throws IOException {
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

  private static void paramsCard(ModelField.CardLines out, ModelField.Of of) {
    Model m = of.model();
    if (m.params() == null) {
      return;
    }
    String figure = m.params().text();
    String text = figure;
    // The text is the figure as written and often names the sizes and the active count
    // already ("7B/13B/70B", "671B (37B active)"): add only what it leaves out.
    List<String> variants = m.params().variants();
    if (!variants.isEmpty() && !variants.stream().allMatch(v -> ModelCard.mentions(figure, v))) {
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

  private static void basesCard(ModelField.CardLines out, ModelField.Of of) {
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

  /** On a terminal the kinds of link (URLs do not fit a column); piped, each kind and its URL. */
  private static Table.Cell links(Model m, TerminalContext ctx) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String> link : m.links().entrySet()) {
      parts.add(ctx.tty() ? link.getKey() : link.getKey() + " " + link.getValue());
    }
    return new Table.Cell(String.join(", ", parts), Style.LINK);
  }

  /** The org line of the card. */
  private static String orgText(Org org) {
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
}
