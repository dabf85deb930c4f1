package dev.llmscape.render;

import static dev.llmscape.render.ModelFields.date;
import static dev.llmscape.render.ModelFields.joined;
import static dev.llmscape.render.ModelFields.none;
import static dev.llmscape.render.ModelFields.nullableNumber;
import static dev.llmscape.render.ModelFields.pairs;
import static dev.llmscape.render.ModelFields.plainOrUnknown;
import static dev.llmscape.render.ModelFields.str;
import static dev.llmscape.render.ModelFields.strings;
import static dev.llmscape.render.ModelFields.unknown;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmscape.catalog.Catalog;
import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Model;
import dev.llmscape.model.ReleaseDate;
import dev.llmscape.query.SortKey;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Every field of a model, each defined once: its JSON name and documentation, how JSON writes it,
 * its flat value for CSV and TSV, and where it has them, its compare row, its list column, its
 * lines on the {@code show} card and the sort keys that order by it. Every output is driven from
 * these definitions ({@link ModelFields}), so adding a field is one change. The constants are in
 * JSON order: the summary fields of every model object, then the detail fields of {@code show}.
 *
 * <p>An enum with a body per field rather than records of lambdas: each lambda is linked at run
 * time on first use, and a hundred of them cost start-up more than the listing itself.
 */
public enum ModelField {
  ID("id", "string", "stable slug") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().id());
    }

    @Override
    String flat(Of of) {
      return of.model().id();
    }

    @Override
    Table.Column column() {
      return Table.Column.fixed("ID");
    }

    @Override
    boolean pipedOnly() {
      return true;
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return Table.Cell.of(of.model().id());
    }

    @Override
    void card(CardLines out, Of of) {
      out.line("id", of.model().id(), Style.PLAIN);
    }
  },
  NAME("name", "string", "display name") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().name());
    }

    @Override
    String flat(Of of) {
      return of.model().name();
    }

    @Override
    Table.Column column() {
      return Table.Column.flexible("NAME", 8);
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      Model m = of.model();
      String name = ctx.tty() && m.nameZh() != null ? m.name() + " " + m.nameZh() : m.name();
      return new Table.Cell(name, Style.BOLD);
    }

    @Override
    List<SortKey> sortKeys() {
      return List.of(SortKey.NAME);
    }
  },
  NAME_ZH("nameZh", "string \\| null", "Chinese name") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().nameZh());
    }

    @Override
    String flat(Of of) {
      return of.model().nameZh();
    }
  },
  ALIASES("aliases", "string[]", "other names") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      strings(gen, of.model().aliases());
    }

    @Override
    String flat(Of of) {
      return joined(of.model().aliases());
    }

    @Override
    void card(CardLines out, Of of) {
      if (!of.model().aliases().isEmpty()) {
        out.line("aliases", String.join(", ", of.model().aliases()), Style.PLAIN);
      }
    }
  },
  ORG("org", "string", "the org's display name") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      return of.catalog().orgOf(of.model()).name();
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.orgId();
    }

    @Override
    Table.Column column() {
      return Table.Column.flexible("ORG", 6).droppable(4);
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return Table.Cell.of(flat(of));
    }

    @Override
    void card(CardLines out, Of of) {
      out.line("org", ModelFields.orgText(of.catalog().orgOf(of.model())), Style.PLAIN);
    }

    @Override
    List<SortKey> sortKeys() {
      return List.of(SortKey.ORG);
    }
  },
  ORG_ID("orgId", "string", "the org's id") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().orgId());
    }

    @Override
    String flat(Of of) {
      return of.model().orgId();
    }
  },
  FAMILY(
      "family",
      "string",
      "the org's family (`Google` for Google Brain, DeepMind, Google DeepMind)") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      return of.catalog().orgOf(of.model()).family();
    }
  },
  CATEGORY(
      "category",
      "string",
      "`foundation`, `instruction`, `chat`, `code`, `reasoning`, `multimodal`, `framework`") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      return of.model().category().id();
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.category();
    }

    @Override
    Table.Column column() {
      return Table.Column.fixed("CATEGORY").droppable(5);
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return Table.Cell.of(flat(of));
    }

    @Override
    void card(CardLines out, Of of) {
      out.line("category", flat(of), Style.PLAIN);
    }
  },
  RELEASED(
      "released",
      "string \\| null",
      "`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as known: when anyone outside the lab could"
          + " first use it") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      return date(of.model().released());
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.released();
    }

    @Override
    Table.Column column() {
      return Table.Column.fixed("RELEASED").droppable(1);
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return ModelTable.released(of.model(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      ReleaseDate r = of.model().released();
      out.line(
          "released",
          r == null ? "unknown" : r.toString(),
          r == null ? Style.UNKNOWN : Style.PLAIN);
    }

    @Override
    List<SortKey> sortKeys() {
      return List.of(SortKey.DATE);
    }
  },
  OPEN(
      "open",
      "boolean \\| null",
      "weights downloadable; derived from `access` where the catalog gives one") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      Boolean open = of.model().openness().asBoolean();
      if (open == null) {
        gen.writeNull();
      } else {
        gen.writeBoolean(open);
      }
    }

    @Override
    String flat(Of of) {
      return ModelFields.yesNo(of.model().openness().asBoolean());
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.openness();
    }

    @Override
    Table.Column column() {
      return Table.Column.fixed("OPEN").droppable(2);
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return ModelTable.openness(of.model().openness(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      Table.Cell open = ModelTable.openness(of.model().openness());
      out.line("open", open.text(), open.style());
    }
  },
  PARAMS(
      "params",
      "object \\| null",
      "`{text, min, max, variants, active, confirmed}`: `text` string; `min`, `max`, `active`"
          + " integers (parameters) or null; `variants` string[]; `confirmed` boolean") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.params(gen, of.model().params());
    }

    @Override
    String flat(Of of) {
      return of.model().params() == null ? null : of.model().params().text();
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.params() == null ? null : m.params().text();
    }

    @Override
    Table.Column column() {
      return Table.Column.flexible("PARAMS", 7).droppable(3);
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return ModelTable.params(of.model().params(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.paramsCard(out, of);
    }

    @Override
    List<SortKey> sortKeys() {
      return List.of(SortKey.SIZE, SortKey.ACTIVE);
    }
  },
  BASE("base", "string[]", "ids of the models it derives from") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      strings(gen, of.model().baseIds());
    }

    @Override
    String flat(Of of) {
      return joined(of.model().baseIds());
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.baseIds();
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      List<String> names = names(of, of.model().baseIds());
      return Table.Cell.of(names.isEmpty() ? none(ctx) : String.join(", ", names));
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.basesCard(out, of);
    }
  },
  LINKS(
      "links",
      "object",
      "kind → URL (`paper`, `blog`, `modelCard`, `report`, `code`, `website`, `video`)") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.stringMap(gen, of.model().links());
    }

    @Override
    String flat(Of of) {
      return pairs(of.model().links());
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    /** Every model has its own URLs: what can be the same is which kinds of source exist. */
    @Override
    Object compareValue(Model m) {
      return m.links().keySet();
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      return ModelFields.links(of.model(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      if (!of.model().links().isEmpty()) {
        out.heading("links");
        for (Map.Entry<String, String> link : of.model().links().entrySet()) {
          out.line("  " + link.getKey(), link.getValue(), Style.LINK);
        }
      }
    }
  },
  LICENSE("license", "string \\| null", "licence name") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().license());
    }

    @Override
    String flat(Of of) {
      return of.model().license();
    }

    @Override
    Compared compared() {
      return Compared.ALWAYS;
    }

    @Override
    Object compareValue(Model m) {
      return m.license();
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      return plainOrUnknown(of.model().license(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      String license = of.model().license();
      out.line(
          "license",
          license == null ? "unknown" : license,
          license == null ? Style.UNKNOWN : Style.PLAIN);
    }
  },
  // ---- Catalog format 2's facts: unknown stays null, rows and columns show only where known.
  ACCESS(
      "access",
      "string \\| null",
      "`open` (weights, permissive licence), `open-restricted` (weights with use restrictions),"
          + " `open-noncommercial`, `api` (weights not released), `hosted` (a product only, no"
          + " API), `unreleased`") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      Access a = of.model().facts().access();
      return a == null ? null : a.id();
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().access();
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      Access a = of.model().facts().access();
      return a == null ? unknown(ctx) : new Table.Cell(a.id(), FactText.style(a));
    }

    @Override
    void card(CardLines out, Of of) {
      Access a = of.model().facts().access();
      if (a != null) {
        out.line(
            "access",
            a.id() + " (" + FactText.meaning(a) + ")" + FactText.unconfirmed(of.model(), "access"),
            FactText.style(a));
      }
    }
  },
  ANNOUNCED(
      "announced",
      "string \\| null",
      "when it was announced, where that differs from `released` (or it was never released);"
          + " dates as `released`") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      return date(of.model().facts().announced());
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().announced();
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.factLine(out, of.model(), "announced", flat(of));
    }
  },
  CONTEXT(
      "context",
      "integer \\| null",
      "native context window in tokens, as the developer documents it") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      nullableNumber(gen, of.model().facts().context());
    }

    @Override
    String flat(Of of) {
      return str(of.model().facts().context());
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().context();
    }

    @Override
    Table.Column column() {
      return Table.Column.number("CONTEXT").asSpare();
    }

    @Override
    Table.Cell cell(Of of, TerminalContext ctx) {
      return ModelFields.tokensCell(of.model().facts().context(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.tokensLine(out, of.model(), "context", of.model().facts().context());
    }

    @Override
    List<SortKey> sortKeys() {
      return List.of(SortKey.CONTEXT);
    }
  },
  MAX_OUTPUT(
      "maxOutput",
      "integer \\| null",
      "documented maximum output tokens, where the developer states one") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      nullableNumber(gen, of.model().facts().maxOutput());
    }

    @Override
    String flat(Of of) {
      return str(of.model().facts().maxOutput());
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().maxOutput();
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      return ModelFields.tokensCell(of.model().facts().maxOutput(), ctx);
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.tokensLine(out, of.model(), "maxOutput", of.model().facts().maxOutput());
    }
  },
  MODALITIES(
      "modalities",
      "object \\| null",
      "`{input, output}`, each a string[] of `text`, `image`, `audio`, `video`, `pdf`") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.modalities(gen, of.model().facts().modalities());
    }

    @Override
    String flat(Of of) {
      return ModelFields.modalitiesFlat(of.model().facts().modalities());
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().modalities();
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.factLine(out, of.model(), "modalities", str(of.model().facts().modalities()));
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      return plainOrUnknown(str(of.model().facts().modalities()), ctx);
    }
  },
  KNOWLEDGE_CUTOFF(
      "knowledgeCutoff",
      "string \\| null",
      "the training-data cut-off its developer states, `YYYY-MM` or `YYYY-MM-DD`") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      return date(of.model().facts().knowledgeCutoff());
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().knowledgeCutoff();
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.factLine(out, of.model(), "knowledgeCutoff", flat(of));
    }
  },
  ARCHITECTURE(
      "architecture",
      "string \\| null",
      "`dense`, `moe` (mixture of experts), `ssm`, `hybrid` or `undisclosed`") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(flat(of));
    }

    @Override
    String flat(Of of) {
      Architecture a = of.model().facts().architecture();
      return a == null ? null : a.id();
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().architecture();
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.factLine(out, of.model(), "architecture", flat(of));
    }
  },
  TRAINING(
      "training",
      "object \\| null",
      "`{tokens, computeFlop}`: each `{value, estimate}` or null; `tokens` the pre-training"
          + " tokens (integer), `computeFlop` the training compute in FLOP (number); `estimate`"
          + " true when the figure is an estimate (Epoch AI's), not the developer's") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.training(gen, of.model().facts());
    }

    @Override
    String flat(Of of) {
      return ModelFields.trainingFlat(of.model().facts());
    }

    @Override
    Object compareValue(Model m) {
      return m.facts().training();
    }

    @Override
    Table.Cell compareCell(Of of, TerminalContext ctx) {
      String text = FactText.training(of.model().facts(), ctx.tty());
      return text.isEmpty() ? unknown(ctx) : Table.Cell.of(text);
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.trainingCard(out, of.model());
    }

    @Override
    List<SortKey> sortKeys() {
      return List.of(SortKey.TOKENS, SortKey.COMPUTE);
    }
  },
  IDS(
      "ids",
      "object",
      "the model's ids elsewhere: `{huggingface, modelsDev, openRouter, epoch}`, each a string[]"
          + " (Hugging Face repos, models.dev ids, OpenRouter slugs, Epoch AI model names)") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.ids(gen, of.model().facts().ids());
    }

    @Override
    String flat(Of of) {
      return ModelFields.idsFlat(of.model().facts().ids());
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.idsCard(out, of.model().facts().ids());
    }
  },
  SOURCES(
      "sources",
      "object",
      "fact → URL of the source that states it, for each format-2 fact present (`access`,"
          + " `context`, `training.tokens`...)") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.stringMap(gen, of.model().facts().sources());
    }

    @Override
    String flat(Of of) {
      return pairs(of.model().facts().sources());
    }

    @Override
    void card(CardLines out, Of of) {
      ModelFields.sourcesCard(out, of.model().facts().sources());
    }
  },
  UNCONFIRMED(
      "unconfirmed",
      "string[]",
      "facts whose only source is third-party (models.dev, Epoch AI, the press)") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      strings(gen, of.model().facts().unconfirmed());
    }

    @Override
    String flat(Of of) {
      return joined(of.model().facts().unconfirmed());
    }
  },
  // ---- The detail fields of show.
  LINEAGE(
      "lineage",
      "object[]",
      "one per base: `{id, name, relation, since, confirmed}`; `relation` and `since` may be null;"
          + " `confirmed` is false for an edge the sources only suggest") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      ModelFields.lineage(gen, of);
    }
  },
  DERIVATIVES("derivatives", "string[]", "ids of the models that name this one as a base") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      List<String> ids = new java.util.ArrayList<>();
      for (Model m : of.derivatives()) {
        ids.add(m.id());
      }
      strings(gen, ids);
    }

    @Override
    void card(CardLines out, Of of) {
      List<String> names = new java.util.ArrayList<>();
      for (Model m : of.derivatives()) {
        names.add(m.name());
      }
      out.line("derivatives", names.isEmpty() ? "-" : String.join(", ", names), Style.PLAIN);
    }
  },
  TRAINED_WITH("trainedWith", "string[]", "ids of training frameworks") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      strings(gen, of.model().trainedWith());
    }

    @Override
    void card(CardLines out, Of of) {
      if (!of.model().trainedWith().isEmpty()) {
        List<String> names = names(of, of.model().trainedWith());
        out.line("trained with", String.join(", ", names), Style.PLAIN);
      }
    }
  },
  NOTES("notes", "string \\| null", "") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().notes());
    }

    @Override
    void card(CardLines out, Of of) {
      if (of.model().notes() != null) {
        out.line("notes", of.model().notes(), Style.PLAIN);
      }
    }
  },
  CORRECTIONS("corrections", "string[]", "corrections to the seed README") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      strings(gen, of.model().corrections());
    }

    @Override
    void card(CardLines out, Of of) {
      if (!of.model().corrections().isEmpty()) {
        out.heading("corrections to the seed");
        for (String c : of.model().corrections()) {
          out.line("  -", c, Style.WARNING);
        }
      }
    }
  },
  SEED("seed", "string \\| null", "the seed README section it came from") {
    @Override
    void json(JsonGenerator gen, Of of) throws IOException {
      gen.writeString(of.model().seedSection());
    }
  };

  private final String id;
  private final String type;
  private final String meaning;

  ModelField(String id, String type, String meaning) {
    this.id = id;
    this.type = type;
    this.meaning = meaning;
  }

  /** The JSON name: also the CSV column, the {@code --fields} name and the compare row's label. */
  public String id() {
    return id;
  }

  /** The JSON type, for docs/json.md. */
  public String type() {
    return type;
  }

  /** What it means, for docs/json.md. */
  public String meaning() {
    return meaning;
  }

  /** True for the fields only {@code show} has (from {@code lineage} on). */
  public boolean detail() {
    return ordinal() >= LINEAGE.ordinal();
  }

  /** Writes the field's JSON value (the caller writes the name). */
  abstract void json(JsonGenerator gen, Of of) throws IOException;

  /** Whether CSV and TSV have the field: every summary field. */
  boolean hasFlat() {
    return !detail();
  }

  /** The value as one CSV or TSV cell, null for unknown; only where {@link #hasFlat}. */
  String flat(Of of) {
    throw new UnsupportedOperationException("no flat value for " + id);
  }

  /** Whether {@code compare} has a row for the field. */
  enum Compared {
    NO,
    ALWAYS,
    /** Only when some compared model has a value: the format-2 facts. */
    WHERE_KNOWN
  }

  Compared compared() {
    return ordinal() >= ACCESS.ordinal() && ordinal() <= TRAINING.ordinal()
        ? Compared.WHERE_KNOWN
        : Compared.NO;
  }

  /** What compare compares: models with equal values do not differ in this field. */
  Object compareValue(Model m) {
    throw new UnsupportedOperationException("not compared: " + id);
  }

  /**
   * The compare row's cell: by default the list cell where the field has a column, else the flat
   * value (a dash for unknown on a terminal).
   */
  Table.Cell compareCell(Of of, TerminalContext ctx) {
    return column() != null ? cell(of, ctx) : plainOrUnknown(flat(of), ctx);
  }

  /** The list column, or null. */
  Table.Column column() {
    return null;
  }

  /** The list column shows only piped (the id). */
  boolean pipedOnly() {
    return false;
  }

  /** The list cell; only where {@link #column} is not null. */
  Table.Cell cell(Of of, TerminalContext ctx) {
    throw new UnsupportedOperationException("no column for " + id);
  }

  /** Prints the field's lines on the card; nothing by default (and when unknown). */
  void card(CardLines out, Of of) {}

  /** The {@code --sort} keys that order by the field. */
  List<SortKey> sortKeys() {
    return List.of();
  }

  /** The model a field is taken from, with what some fields need besides. */
  public record Of(Catalog catalog, Model model, List<Model> derivatives) {
    public Of(Catalog catalog, Model model) {
      this(catalog, model, List.of());
    }
  }

  /** The lines of a {@code show} card, labelled and aligned by {@link ModelCard}. */
  interface CardLines {
    void line(String label, String value, Style style);

    void heading(String text);
  }

  /** The names of the models with these ids, in order (a loop: NoLambdaStartupTest). */
  static List<String> names(Of of, List<String> ids) {
    List<String> names = new java.util.ArrayList<>(ids.size());
    for (String id : ids) {
      names.add(of.catalog().index().byId(id).name());
    }
    return names;
  }
}
