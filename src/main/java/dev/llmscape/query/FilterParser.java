package dev.llmscape.query;

import dev.llmscape.catalog.Names;
import dev.llmscape.model.Access;
import dev.llmscape.model.Architecture;
import dev.llmscape.model.Category;
import dev.llmscape.model.Modality;
import dev.llmscape.model.Model;
import dev.llmscape.model.Openness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads {@code filter}'s GitHub-style expressions into the same {@link Criterion} objects that
 * {@code list}'s options give: {@code org:Meta size:>=7B} equals {@code --org Meta --min-size 7B}.
 *
 * <p>Terms are ANDed; {@code OR} between terms joins them into one alternative (it binds tighter
 * than the implicit AND: {@code a b OR c} is a and (b or c)); a leading {@code -} negates a term;
 * double quotes group text with spaces. Qualifiers: {@link #QUALIFIERS}. Other words match names,
 * aliases and Chinese names; {@code in:notes} widens them to the notes.
 */
public final class FilterParser {
  /** The qualifiers, in the order help lists them. */
  public static final List<String> QUALIFIERS =
      List.of(
          "org",
          "open",
          "access",
          "commercial",
          "size",
          "active",
          "date",
          "announced",
          "category",
          "arch",
          "context",
          "input",
          "output",
          "modality",
          "cutoff",
          "tokens",
          "compute",
          "license",
          "base",
          "from",
          "name",
          "in");

  /**
   * The patterns {@link #requote} reads a word with spaces in it by, compiled when one is met: a
   * class of their own, so that a query of plain words loads no regular expression engine at
   * start-up.
   */
  private static final class SpacedWords {
    static final Pattern QUALIFIED = Pattern.compile("(-?[A-Za-z][A-Za-z_]*:)(.*)", Pattern.DOTALL);
    static final Pattern TERM_START = Pattern.compile("-.*|OR|[A-Za-z][A-Za-z_]*:.*");
  }

  /** Turns the names inside qualifiers into ids. */
  public interface Resolver {
    /**
     * @throws UnknownOrgException when nothing matches
     */
    Set<String> orgIds(String name);

    /**
     * @throws UnknownModelException when nothing matches
     * @throws AmbiguousNameException when several models share the name
     */
    String modelId(String name);

    static Resolver of(ModelLookup lookup) {
      return new Resolver() {
        @Override
        public Set<String> orgIds(String name) {
          return lookup.orgIds(name);
        }

        @Override
        public String modelId(String name) {
          return lookup.model(name).id();
        }
      };
    }
  }

  private final Resolver resolver;

  /** Whether this expression's words also search the notes ({@code in:notes}). */
  private boolean wordsInNotes;

  public FilterParser(Resolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Joins the words of a command line into one expression. A word with spaces that is one term (the
   * shell removed its quotes, as in {@code org:"Google DeepMind"}) is quoted again; a word holding
   * several terms ({@code 'org:Meta size:>=7B'}) stays as typed.
   */
  public static String join(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (w.isBlank()) {
        continue;
      }
      out.add(requote(w.strip()));
    }
    return String.join(" ", out);
  }

  private static boolean hasWhitespace(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isWhitespace(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String requote(String w) {
    if (w.indexOf('"') >= 0 || !hasWhitespace(w)) {
      return w;
    }
    String[] parts = w.split("\\s+");
    if (parts[0].equals("OR")) {
      return w; // an operator with nothing before it: left for parse() to reject
    }
    for (int i = 1; i < parts.length; i++) {
      if (SpacedWords.TERM_START.matcher(parts[i]).matches()) {
        return w;
      }
    }
    var m = SpacedWords.QUALIFIED.matcher(w);
    if (m.matches() && m.group(1).equalsIgnoreCase("in:")) {
      return w; // in:notes takes one word: what follows is more terms
    }
    if (m.matches()) {
      return m.group(1) + '"' + m.group(2) + '"';
    }
    return w.startsWith("-") ? "-\"" + w.substring(1) + '"' : '"' + w + '"';
  }

  /**
   * The criteria an expression stands for, one per AND-ed clause.
   *
   * @throws FilterParseException for a malformed expression, with the offset of the bad part
   * @throws UnknownOrgException for an org name in {@code org:} that matches nothing
   * @throws UnknownModelException for a model name in {@code base:} or {@code from:}
   */
  public List<Criterion> parse(String query) {
    List<FilterTokens.Token> tokens = new ArrayList<>(FilterTokens.split(query));
    boolean inNotes = false;
    for (var it = tokens.iterator(); it.hasNext(); ) {
      FilterTokens.Token t = it.next();
      if ("in".equals(t.qualifier())) {
        inNotes |= scope(query, t);
        it.remove();
      }
    }
    this.wordsInNotes = inNotes;
    if (tokens.isEmpty()) {
      throw new FilterParseException(
          "empty filter", query, 0, 1, "e.g. org:Meta size:>=7B; terms: " + qualifierList());
    }
    List<List<FilterTokens.Token>> clauses = new ArrayList<>();
    FilterTokens.Token previous = null;
    for (FilterTokens.Token t : tokens) {
      if (t.operator()) {
        if (previous == null || previous.operator()) {
          throw orError(query, t);
        }
      } else if (previous != null && previous.operator()) {
        clauses.get(clauses.size() - 1).add(t);
      } else {
        clauses.add(new ArrayList<>(List.of(t)));
      }
      previous = t;
    }
    if (previous.operator()) {
      throw orError(query, previous);
    }
    List<Criterion> out = new ArrayList<>();
    for (List<FilterTokens.Token> clause : clauses) {
      List<Criterion> branches = new ArrayList<>();
      for (FilterTokens.Token t : clause) {
        branches.add(term(query, t));
      }
      out.add(branches.size() == 1 ? branches.get(0) : anyOf(branches));
    }
    return out;
  }

  /**
   * Reads {@code in:name} or {@code in:notes}, which say where words search rather than select
   * models: true for notes.
   */
  private static boolean scope(String query, FilterTokens.Token t) {
    String v = t.value().strip().toLowerCase(Locale.ROOT);
    if (!t.negated() && (v.equals("name") || v.equals("notes"))) {
      return v.equals("notes");
    }
    throw new FilterParseException(
        "in: takes name or notes", query, t.start(), t.end() - t.start(), hintFor("in"));
  }

  private static FilterParseException orError(String query, FilterTokens.Token t) {
    return new FilterParseException(
        "OR needs a term on each side", query, t.start(), 2, "e.g. org:Meta OR org:Mistral");
  }

  /** Alternatives of one kind merge into one indexable set: org:A OR org:B is org A or B. */
  private static Criterion anyOf(List<Criterion> branches) {
    if (branches.stream().allMatch(c -> c instanceof Criterion.InOrgs)) {
      Set<String> ids = new LinkedHashSet<>();
      branches.forEach(c -> ids.addAll(((Criterion.InOrgs) c).orgIds()));
      return new Criterion.InOrgs(ids);
    }
    if (branches.stream().allMatch(c -> c instanceof Criterion.InCategories)) {
      Set<Category> all = new LinkedHashSet<>();
      branches.forEach(c -> all.addAll(((Criterion.InCategories) c).categories()));
      return new Criterion.InCategories(all);
    }
    return new Criterion.AnyOf(branches);
  }

  private Criterion term(String query, FilterTokens.Token t) {
    if (t.negated() && t.qualifier() == null && t.value().isEmpty()) {
      throw new FilterParseException(
          "'-' needs a term to leave out", query, t.start(), 1, "e.g. -org:Meta");
    }
    if (t.qualifier() == null && t.value().startsWith(":")) {
      // Most likely a qualifier whose name went missing (":Meta"); as a word it would match any
      // note with a colon in it.
      throw new FilterParseException(
          "':' needs a qualifier before it",
          query,
          t.start() + (t.negated() ? 1 : 0),
          1,
          "known qualifiers: " + qualifierList());
    }
    Criterion c = t.qualifier() == null ? words(query, t, wordsInNotes) : qualified(query, t);
    return t.negated() ? new Criterion.Not(c) : c;
  }

  private Criterion qualified(String query, FilterTokens.Token t) {
    String q =
        switch (t.qualifier()) {
          case "licence" -> "license";
          case "architecture" -> "arch";
          default -> t.qualifier();
        };
    if (!QUALIFIERS.contains(q)) {
      Map<String, String> known = new LinkedHashMap<>();
      QUALIFIERS.forEach(k -> known.put(k, k));
      throw new FilterParseException(
          "unknown qualifier '" + t.qualifier() + ":'",
          query,
          t.qualifierStart(),
          t.qualifier().length(),
          "known qualifiers: " + qualifierList(),
          Suggestions.nearest(t.qualifier(), known, 3));
    }
    String value = t.value().strip();
    if (value.isEmpty()) {
      throw new FilterParseException(q + ": needs a value", query, t.valueStart(), 1, hintFor(q));
    }
    FilterValues.Place place = new FilterValues.Place(query, t);
    return switch (q) {
      case "name" -> words(query, t, false);
      case "org" -> new Criterion.InOrgs(resolver.orgIds(value));
      case "open" -> openness(place, value);
      case "size" -> FilterValues.size(place);
      case "date" -> FilterValues.date(place);
      case "category" -> category(place, value);
      case "license" -> license(value);
      case "access" -> access(place);
      case "commercial" -> commercial(place, value);
      case "active" -> FilterValues.fact(place, q, NumericFact.ACTIVE);
      case "announced" -> FilterValues.date(place, q, DateFact.ANNOUNCED);
      case "cutoff" -> FilterValues.date(place, q, DateFact.CUTOFF);
      case "arch" -> architecture(place);
      case "context" -> FilterValues.fact(place, q, NumericFact.CONTEXT);
      case "tokens" -> FilterValues.fact(place, q, NumericFact.TOKENS);
      case "compute" -> FilterValues.fact(place, q, NumericFact.COMPUTE);
      case "input" -> modality(place, q, Criterion.Side.INPUT);
      case "output" -> modality(place, q, Criterion.Side.OUTPUT);
      case "modality" -> modality(place, q, Criterion.Side.EITHER);
      case "base" -> new Criterion.DerivedFrom(resolver.modelId(value), false);
      default -> new Criterion.DerivedFrom(resolver.modelId(value), true);
    };
  }

  private static String hintFor(String qualifier) {
    return switch (qualifier) {
      case "org" -> "e.g. org:Meta, org:\"Google DeepMind\"";
      case "open" -> "open: takes yes, no or unknown";
      case "size" -> FilterValues.SIZE_HINT;
      case "date" -> FilterValues.DATE_HINT;
      case "category" -> "categories: " + categoryList();
      case "license" -> "e.g. license:apache (any part of the licence name)";
      case "access" -> "access: takes " + ACCESS_WORDS + ", comma-separated";
      case "commercial" -> "commercial: takes yes or no (yes: open, open-restricted, api)";
      case "active" -> FilterValues.SIZE_HINT;
      case "announced", "cutoff" -> FilterValues.DATE_HINT;
      case "arch" -> "arch: takes " + ARCH_WORDS + ", comma-separated";
      case "context", "tokens" -> FilterValues.TOKENS_HINT;
      case "compute" -> FilterValues.FLOP_HINT;
      case "input", "output", "modality" -> qualifier + ": takes " + MODALITY_WORDS;
      case "name" -> "e.g. name:llama (part of a name, alias or Chinese name)";
      case "in" -> "in:notes makes words search the notes too; in:name is the default";
      default -> "e.g. " + qualifier + ":LLaMA (a model name)";
    };
  }

  private static String qualifierList() {
    return String.join(", ", QUALIFIERS);
  }

  private static String categoryList() {
    return String.join(", ", Arrays.stream(Category.values()).map(Category::id).toList());
  }

  private static Criterion openness(FilterValues.Place place, String value) {
    for (Openness o : Openness.values()) {
      if (o.word().equalsIgnoreCase(value) || o.name().equalsIgnoreCase(value)) {
        return new Criterion.HasOpenness(o);
      }
    }
    String v = place.token().value();
    throw place.error(
        "open: '" + v + "' is not yes, no or unknown", 0, v.length(), hintFor("open"));
  }

  private static Criterion category(FilterValues.Place place, String value) {
    var found = Category.fromId(value);
    if (found.isPresent()) {
      return new Criterion.InCategories(Set.of(found.get()));
    }
    Map<String, String> known = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      known.put(c.id(), c.id());
    }
    FilterTokens.Token t = place.token();
    throw new FilterParseException(
        "category: no category '" + t.value() + "'",
        place.query(),
        t.valueStart(),
        t.end() - t.valueStart(),
        hintFor("category"),
        Suggestions.nearest(value, known, 3));
  }

  // Joined by loops, not streams: this runs when the class loads (NoLambdaStartupTest).
  private static final String ACCESS_WORDS;
  private static final String ARCH_WORDS;
  private static final String MODALITY_WORDS;

  static {
    List<String> access = new ArrayList<>();
    for (Access a : Access.values()) {
      access.add(a.id());
    }
    List<String> arch = new ArrayList<>();
    for (Architecture a : Architecture.values()) {
      arch.add(a.id());
    }
    List<String> modality = new ArrayList<>();
    for (Modality m : Modality.values()) {
      modality.add(m.id());
    }
    ACCESS_WORDS = String.join(", ", access) + " or unknown";
    ARCH_WORDS = String.join(", ", arch) + " or unknown";
    MODALITY_WORDS = String.join(", ", modality) + " or unknown";
  }

  private static Criterion access(FilterValues.Place place) {
    Set<Access> chosen = new LinkedHashSet<>();
    boolean unknown =
        eachWord(place, "access", Access.values(), Access::id, Access::fromId, chosen::add);
    return new Criterion.HasAccess(chosen, unknown);
  }

  private static Criterion architecture(FilterValues.Place place) {
    Set<Architecture> chosen = new LinkedHashSet<>();
    boolean unknown =
        eachWord(
            place,
            "arch",
            Architecture.values(),
            Architecture::id,
            Architecture::fromId,
            chosen::add);
    return new Criterion.HasArchitecture(chosen, unknown);
  }

  /**
   * Reads a comma-separated list of words of an enum, each checked with a caret under a bad one.
   *
   * @return whether {@code unknown} was among them
   */
  private static <E> boolean eachWord(
      FilterValues.Place place,
      String qualifier,
      E[] values,
      Function<E, String> id,
      Function<String, java.util.Optional<E>> find,
      java.util.function.Consumer<E> add) {
    String v = place.token().value();
    boolean unknown = false;
    int at = 0;
    for (String part : v.split(",", -1)) {
      String word = part.strip();
      int from = at + (part.length() - part.stripLeading().length());
      if (word.equalsIgnoreCase("unknown")) {
        unknown = true;
      } else {
        var found = find.apply(word);
        if (found.isEmpty()) {
          Map<String, String> known = new LinkedHashMap<>();
          for (E e : values) {
            known.put(id.apply(e), id.apply(e));
          }
          FilterTokens.Token t = place.token();
          throw new FilterParseException(
              qualifier
                  + ": "
                  + (word.isEmpty() ? "an empty value in the list" : "no value '" + word + "'"),
              place.query(),
              t.at(from),
              Math.max(1, word.length()),
              hintFor(qualifier),
              word.isEmpty() ? List.of() : Suggestions.nearest(word, known, 3));
        }
        add.accept(found.get());
      }
      at += part.length() + 1;
    }
    return unknown;
  }

  private static Criterion commercial(FilterValues.Place place, String value) {
    Set<Access> allowing = new LinkedHashSet<>();
    Set<Access> not = new LinkedHashSet<>();
    for (Access a : Access.values()) {
      (a.commercial() ? allowing : not).add(a);
    }
    if (value.equalsIgnoreCase("yes")) {
      return new Criterion.HasAccess(allowing, false);
    }
    if (value.equalsIgnoreCase("no")) {
      return new Criterion.HasAccess(not, false);
    }
    String v = place.token().value();
    throw place.error(
        "commercial: '" + v + "' is not yes or no", 0, v.length(), hintFor("commercial"));
  }

  private static Criterion modality(FilterValues.Place place, String q, Criterion.Side side) {
    String v = place.token().value().strip();
    if (v.equalsIgnoreCase("unknown")) {
      return new Criterion.ModalitiesUnknown();
    }
    var found = Modality.fromId(v);
    if (found.isPresent()) {
      return new Criterion.HasModality(side, found.get());
    }
    Map<String, String> known = new LinkedHashMap<>();
    for (Modality m : Modality.values()) {
      known.put(m.id(), m.id());
    }
    FilterTokens.Token t = place.token();
    throw new FilterParseException(
        q + ": no modality '" + t.value() + "'",
        place.query(),
        t.valueStart(),
        t.end() - t.valueStart(),
        hintFor(q),
        Suggestions.nearest(v, known, 3));
  }

  private static Criterion license(String value) {
    String needle = value.toLowerCase(Locale.ROOT);
    return new Criterion.Matching(
        "license:" + needle,
        (m, index) -> m.license() != null && m.license().toLowerCase(Locale.ROOT).contains(needle));
  }

  /** A bare word or phrase: part of a name, alias or Chinese name, or also the notes. */
  private static Criterion words(String query, FilterTokens.Token t, boolean notes) {
    String key = Names.key(t.value());
    if (key.isEmpty()) {
      throw new FilterParseException(
          "nothing to search for in '" + t.value() + "'",
          query,
          t.start(),
          t.end() - t.start(),
          "a word matches names, aliases and Chinese names; qualifiers: " + qualifierList());
    }
    return new Criterion.Matching(
        (notes ? "text+notes:" : "text:") + key, (m, index) -> mentions(m, key, notes));
  }

  private static boolean mentions(Model m, String key, boolean notes) {
    List<String> texts = new ArrayList<>(m.aliases());
    texts.add(m.id());
    texts.add(m.name());
    texts.add(m.nameZh());
    if (notes) {
      texts.add(m.notes());
    }
    for (String text : texts) {
      if (text != null && Names.key(text).contains(key)) {
        return true;
      }
    }
    return false;
  }
}
