package dev.llmscape.cli;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Help;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Build step (run by Maven in {@code process-classes}, before a second compilation): writes {@code
 * GeneratedCommandSpecs.java}, which builds every subcommand's picocli model with picocli's
 * programmatic API, from the model picocli reads from the annotated command classes here, at build
 * time. A run then builds the model of the command it invokes without reading a single annotation:
 * no reflection over the classes and no annotation proxies, which no class-data archive or AOT
 * cache can hold (docs/performance.md).
 *
 * <p>The annotations stay the one definition: change an option or a help text and the next build
 * writes the new model. A construct this generator does not translate (annotated methods,
 * {@code @Unmatched}, a version provider on a subcommand, ...) stops the build with its name rather
 * than being left out; GeneratedCommandSpecsTest compares both models of every command.
 */
public final class CommandSpecSource {
  private static final String PACKAGE = "dev.llmscape.cli";

  private final StringBuilder methods = new StringBuilder();
  private final List<String> getters = new ArrayList<>();
  private final List<String> setters = new ArrayList<>();
  private final List<Map.Entry<String, CommandSpec>> pending = new ArrayList<>();
  private int vars;

  private CommandSpecSource() {}

  /** Writes the source into the directory given (a source root), if it changed. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0], PACKAGE.replace('.', '/'));
    write(dir.resolve("GeneratedCommandSpecs.java"), source());
    write(dir.resolve("GeneratedDirectRoutes.java"), DirectRouteSource.source());
  }

  private static void write(Path file, String source) throws IOException {
    Files.createDirectories(file.getParent());
    if (!Files.exists(file) || !Files.readString(file).equals(source)) {
      Files.writeString(file, source, StandardCharsets.UTF_8);
    }
  }

  /** The generated class's source, for every command of the registry. */
  static String source() {
    CommandSpecSource gen = new CommandSpecSource();
    StringBuilder dispatch = new StringBuilder();
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      String method = "build" + javaName(e.name());
      dispatch
          .append("      case ")
          .append(literal(e.name()))
          .append(":\n        return ")
          .append(method)
          .append("(parent, factory);\n");
      gen.command(method, new CommandLine(e.type()).getCommandSpec());
      while (!gen.pending.isEmpty()) {
        Map.Entry<String, CommandSpec> nested = gen.pending.remove(0);
        gen.command(nested.getKey(), nested.getValue());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
            "// Generated at build time by dev.llmscape.cli.CommandSpecSource from the annotated\n")
        .append("// command classes. Do not edit: change the annotations.\n")
        .append("package ")
        .append(PACKAGE)
        .append(";\n\n")
        .append("import picocli.CommandLine.IFactory;\n")
        .append("import picocli.CommandLine.Model.ArgGroupSpec;\n")
        .append("import picocli.CommandLine.Model.CommandSpec;\n")
        .append("import picocli.CommandLine.Model.OptionSpec;\n")
        .append("import picocli.CommandLine.Model.PositionalParamSpec;\n")
        .append("import picocli.CommandLine.Range;\n\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("final class GeneratedCommandSpecs implements SpecBindings.Models,")
        .append(" SpecBindings.Fields {\n")
        .append(
            "  private static final GeneratedCommandSpecs INSTANCE = new GeneratedCommandSpecs();\n\n")
        .append("  @Override\n")
        .append("  public CommandSpec build(String name, Object parent, IFactory factory) {\n")
        .append("    switch (name) {\n")
        .append(dispatch)
        .append("      default:\n        return null;\n    }\n  }\n")
        .append(gen.methods)
        .append(
            "\n  @Override\n  public Object get(int field, Object o) {\n    switch (field) {\n");
    for (int i = 0; i < gen.getters.size(); i++) {
      out.append("      case ")
          .append(i)
          .append(": return ")
          .append(gen.getters.get(i))
          .append(";\n");
    }
    out.append(
            "      default: throw new IllegalArgumentException(\"field \" + field);\n    }\n  }\n")
        .append("\n  @Override\n  public void set(int field, Object o, Object v) {\n")
        .append("    switch (field) {\n");
    for (int i = 0; i < gen.setters.size(); i++) {
      out.append("      case ")
          .append(i)
          .append(": ")
          .append(gen.setters.get(i))
          .append("; break;\n");
    }
    out.append(
        "      default: throw new IllegalArgumentException(\"field \" + field);\n    }\n  }\n}\n");
    return out.toString();
  }

  private static String javaName(String command) {
    StringBuilder b = new StringBuilder();
    boolean upper = true;
    for (char c : command.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return b.toString();
  }

  /**
   * One command: its object, its model's attributes, its own subcommands (generated after it, as
   * methods of their own) and its members.
   */
  private void command(String method, CommandSpec annotated) {
    Class<?> type = annotated.userObject().getClass();
    check(type);
    methods
        .append("\n  private static CommandSpec ")
        .append(method)
        .append("(Object parent, IFactory factory) {\n");
    String obj = var("c");
    methods.append("    ").append(typeName(type)).append(' ').append(obj).append(" = ");
    methods.append("new ").append(typeName(type)).append("();\n");
    String spec = var("s");
    String scope = var("scope");
    methods
        .append("    CommandSpec ")
        .append(spec)
        .append(" = CommandSpec.wrapWithoutInspection(")
        .append(obj)
        .append(", factory);\n")
        .append("    SpecBindings.Scope ")
        .append(scope)
        .append(" = new SpecBindings.Scope(")
        .append(obj)
        .append(");\n");
    commandAttributes(spec, annotated, CommandSpec.wrapWithoutInspection(new Object()));
    // Subcommands before options, as picocli adds them; each names this command as its parent.
    for (CommandLine sub : new LinkedHashSet<>(annotated.subcommands().values())) {
      String subMethod = method + javaName(sub.getCommandName());
      pending.add(Map.entry(subMethod, sub.getCommandSpec()));
      methods
          .append("    ")
          .append(spec)
          .append(".addSubcommand(")
          .append(literal(sub.getCommandName()))
          .append(", new picocli.CommandLine(")
          .append(subMethod)
          .append("(")
          .append(obj)
          .append(", factory), factory));\n");
    }
    members(type, obj, scope, spec, null, annotated);
    methods.append("    return ").append(spec).append(";\n  }\n");
  }

  /** The command-level attributes that differ from a programmatic model's defaults. */
  private void commandAttributes(String spec, CommandSpec a, CommandSpec d) {
    if (a.versionProvider() != null
        || a.defaultValueProvider() != null
        || a.resourceBundleBaseName() != null
        || a.mixinStandardHelpOptions()
        || a.preprocessor().getClass() != d.preprocessor().getClass()
        || a.modelTransformer() != d.modelTransformer()) {
      throw unsupported(
          a.toString(),
          "version provider, default provider, resource bundle,"
              + " standard help options, preprocessor or model transformer");
    }
    attr(spec, "name", a.name(), d.name());
    if (a.aliases().length > 0) {
      methods
          .append("    ")
          .append(spec)
          .append(".aliases(")
          .append(strings(a.aliases()))
          .append(");\n");
    }
    attr(spec, "version", a.version(), d.version());
    attr(spec, "helpCommand", a.helpCommand(), d.helpCommand());
    attr(spec, "exitCodeOnSuccess", a.exitCodeOnSuccess(), d.exitCodeOnSuccess());
    attr(spec, "exitCodeOnUsageHelp", a.exitCodeOnUsageHelp(), d.exitCodeOnUsageHelp());
    attr(spec, "exitCodeOnVersionHelp", a.exitCodeOnVersionHelp(), d.exitCodeOnVersionHelp());
    attr(spec, "exitCodeOnInvalidInput", a.exitCodeOnInvalidInput(), d.exitCodeOnInvalidInput());
    attr(
        spec,
        "exitCodeOnExecutionException",
        a.exitCodeOnExecutionException(),
        d.exitCodeOnExecutionException());
    attr(spec, "interpolateVariables", a.interpolateVariables(), d.interpolateVariables());
    attr(spec, "subcommandsRepeatable", a.subcommandsRepeatable(), d.subcommandsRepeatable());
    attr(
        spec,
        "subcommandsCaseInsensitive",
        a.subcommandsCaseInsensitive(),
        d.subcommandsCaseInsensitive());
    attr(spec, "optionsCaseInsensitive", a.optionsCaseInsensitive(), d.optionsCaseInsensitive());
    if (a.scopeType() != d.scopeType()) {
      methods
          .append("    ")
          .append(spec)
          .append(".scopeType(picocli.CommandLine.ScopeType.")
          .append(a.scopeType().name())
          .append(");\n");
    }
    if (a.isAddMethodSubcommands() != d.isAddMethodSubcommands()) {
      methods
          .append("    ")
          .append(spec)
          .append(".setAddMethodSubcommands(")
          .append(a.isAddMethodSubcommands())
          .append(");\n");
    }
    // A mixin is named after its field; a command's own description names its object.
    if (!a.toString().equals("command '" + a.name() + "' (user object: " + a.userObject() + ")")) {
      methods
          .append("    ")
          .append(spec)
          .append(".withToString(")
          .append(literal(a.toString()))
          .append(");\n");
    }
    usage(spec + ".usageMessage()", a.usageMessage(), d.usageMessage());
  }

  private void usage(String u, UsageMessageSpec a, UsageMessageSpec d) {
    attr(u, "headerHeading", a.headerHeading(), d.headerHeading());
    attr(u, "header", a.header(), d.header());
    attr(u, "synopsisHeading", a.synopsisHeading(), d.synopsisHeading());
    attr(u, "abbreviateSynopsis", a.abbreviateSynopsis(), d.abbreviateSynopsis());
    attr(u, "customSynopsis", a.customSynopsis(), d.customSynopsis());
    attr(u, "synopsisSubcommandLabel", a.synopsisSubcommandLabel(), d.synopsisSubcommandLabel());
    attr(u, "descriptionHeading", a.descriptionHeading(), d.descriptionHeading());
    attr(u, "description", a.description(), d.description());
    attr(u, "parameterListHeading", a.parameterListHeading(), d.parameterListHeading());
    attr(u, "optionListHeading", a.optionListHeading(), d.optionListHeading());
    attr(u, "sortOptions", a.sortOptions(), d.sortOptions());
    attr(u, "sortSynopsis", a.sortSynopsis(), d.sortSynopsis());
    attr(u, "requiredOptionMarker", a.requiredOptionMarker(), d.requiredOptionMarker());
    attr(u, "showDefaultValues", a.showDefaultValues(), d.showDefaultValues());
    attr(u, "showAtFileInUsageHelp", a.showAtFileInUsageHelp(), d.showAtFileInUsageHelp());
    attr(
        u,
        "showEndOfOptionsDelimiterInUsageHelp",
        a.showEndOfOptionsDelimiterInUsageHelp(),
        d.showEndOfOptionsDelimiterInUsageHelp());
    attr(u, "hidden", a.hidden(), d.hidden());
    attr(u, "commandListHeading", a.commandListHeading(), d.commandListHeading());
    attr(u, "footerHeading", a.footerHeading(), d.footerHeading());
    attr(u, "footer", a.footer(), d.footer());
    attr(u, "width", a.width(), d.width());
    attr(u, "autoWidth", a.autoWidth(), d.autoWidth());
    attr(u, "longOptionsMaxWidth", a.longOptionsMaxWidth(), d.longOptionsMaxWidth());
    attr(u, "exitCodeListHeading", a.exitCodeListHeading(), d.exitCodeListHeading());
    attr(
        u,
        "adjustLineBreaksForWideCJKCharacters",
        a.adjustLineBreaksForWideCJKCharacters(),
        d.adjustLineBreaksForWideCJKCharacters());
    if (!a.exitCodeList().equals(d.exitCodeList())) {
      throw unsupported("usage message", "exitCodeList");
    }
  }

  /** Emits {@code target.name(value)} when the value differs from the default. */
  private void attr(String target, String name, Object value, Object defaultValue) {
    if (value == null || Objects.deepEquals(value, defaultValue)) {
      return;
    }
    methods.append("    ").append(target).append('.').append(name).append('(');
    methods.append(value instanceof String[] ? strings((String[]) value) : literal(value));
    methods.append(");\n");
  }

  /**
   * The annotated members of {@code type} in declaration order, as picocli reads them: mixins,
   * argument groups, options and positional parameters, {@code @Spec} and {@code @ParentCommand}.
   */
  private void members(
      Class<?> type, String obj, String scope, String spec, String group, CommandSpec annotated) {
    for (Field f : type.getDeclaredFields()) {
      if (f.isAnnotationPresent(Mixin.class)) {
        mixin(f, obj, scope, spec, annotated);
      } else if (f.isAnnotationPresent(ArgGroup.class)) {
        argGroup(f, obj, scope, spec, group, annotated);
      } else if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
        arg(f, obj, scope, spec, annotated);
      } else if (f.isAnnotationPresent(Spec.class)) {
        if (group != null || f.getAnnotation(Spec.class).value() != Spec.Target.SELF) {
          continue; // MIXEE: set by the mixin's owner (see mixin)
        }
        methods.append("    ").append(assign(f, scope, spec)).append(";\n");
      } else if (f.isAnnotationPresent(ParentCommand.class)) {
        methods.append("    ").append(assign(f, scope, "parent")).append(";\n");
      } else if (f.isAnnotationPresent(Unmatched.class)) {
        throw unsupported(f.toString(), "@Unmatched");
      }
    }
    // Then annotated setter methods, after every field, as picocli reads them.
    for (Method m : type.getDeclaredMethods()) {
      if (setterOption(m)) {
        if (group != null) {
          throw unsupported(m.toString(), "an annotated method in an @ArgGroup");
        }
        String setter = var("setter");
        methods
            .append("    SpecBindings.MethodSetter ")
            .append(setter)
            .append(" = new SpecBindings.MethodSetter(")
            .append(scope)
            .append(", INSTANCE, ")
            .append(method(m))
            .append(", ")
            .append(spec)
            .append(", ")
            .append(literal(m.toString()))
            .append(");\n");
        String v = argIn(m, setter, "null", scope, annotated.args());
        methods.append("    ").append(spec).append(".add(").append(v).append(");\n");
      }
    }
  }

  /** An {@code @Option} or {@code @Parameters} on a method taking the value: a setter. */
  private static boolean setterOption(Method m) {
    return (m.isAnnotationPresent(Option.class) || m.isAnnotationPresent(Parameters.class))
        && m.getParameterCount() == 1;
  }

  /** The number of a setter method in the generated switch, which calls it with the value. */
  private int method(Method m) {
    if (Modifier.isPrivate(m.getModifiers())
        || Modifier.isStatic(m.getModifiers())
        || !m.getDeclaringClass().getPackageName().equals(PACKAGE)
        || !visible(m.getDeclaringClass())) {
      throw unsupported(m.toString(), "a setter method generated code cannot call");
    }
    Class<?> t = m.getParameterTypes()[0];
    getters.add("null");
    setters.add(
        "(("
            + typeName(m.getDeclaringClass())
            + ") o)."
            + m.getName()
            + "(("
            + (t.isPrimitive() ? boxed(t) : typeName(t))
            + ") v)");
    return getters.size() - 1;
  }

  private void mixin(Field f, String obj, String scope, String spec, CommandSpec annotated) {
    String name = f.getAnnotation(Mixin.class).name();
    name = name.isEmpty() ? f.getName() : name;
    CommandSpec mixin = annotated.mixins().get(name);
    Class<?> type = f.getType();
    check(type);
    String m = var("m");
    String ms = var("s");
    String mscope = var("scope");
    int field = field(f);
    methods
        .append("    if (INSTANCE.get(")
        .append(field)
        .append(", ")
        .append(obj)
        .append(") == null) {\n")
        .append("      INSTANCE.set(")
        .append(field)
        .append(", ")
        .append(obj)
        .append(", new ")
        .append(typeName(type))
        .append("());\n    }\n")
        .append("    ")
        .append(typeName(type))
        .append(' ')
        .append(m)
        .append(" = (")
        .append(typeName(type))
        .append(") INSTANCE.get(")
        .append(field)
        .append(", ")
        .append(obj)
        .append(");\n")
        .append("    CommandSpec ")
        .append(ms)
        .append(" = CommandSpec.wrapWithoutInspection(")
        .append(m)
        .append(", factory);\n")
        .append("    SpecBindings.Scope ")
        .append(mscope)
        .append(" = new SpecBindings.Scope(")
        .append(m)
        .append(");\n");
    commandAttributes(ms, mixin, CommandSpec.wrapWithoutInspection(new Object()));
    members(type, m, mscope, ms, null, mixin);
    methods
        .append("    ")
        .append(spec)
        .append(".addMixin(")
        .append(literal(name))
        .append(", ")
        .append(ms)
        .append(");\n");
    for (Field inner : type.getDeclaredFields()) {
      Spec s = inner.getAnnotation(Spec.class);
      if (s != null && s.value() == Spec.Target.MIXEE) {
        methods.append("    ").append(assign(inner, mscope, spec)).append(";\n");
      }
    }
  }

  private void argGroup(
      Field f, String obj, String scope, String spec, String parentGroup, CommandSpec annotated) {
    ArgGroupSpec model = null;
    for (ArgGroupSpec g : annotated.argGroups()) {
      if (g.typeInfo().getType() == f.getType()) {
        model = g;
      }
    }
    Class<?> type = f.getType();
    if (model == null || model.typeInfo().isMultiValue() || !model.subgroups().isEmpty()) {
      throw unsupported(f.toString(), "a multi-valued or nested @ArgGroup");
    }
    check(type);
    String g = var("g");
    String gscope = var("scope");
    String binding = binding(f, scope);
    methods
        .append("    SpecBindings.Scope ")
        .append(gscope)
        .append(" = new SpecBindings.Scope(")
        .append("INSTANCE.get(")
        .append(field(f))
        .append(", ")
        .append(obj)
        .append("));\n")
        .append("    ArgGroupSpec.Builder ")
        .append(g)
        .append(" = ArgGroupSpec.builder()")
        .append(".typeInfo(new SpecBindings.GroupType(")
        .append(typeName(type))
        .append(".class))")
        .append(".getter(")
        .append(binding)
        .append(").setter(")
        .append(binding)
        .append(")")
        .append(".scope(")
        .append(scope)
        .append(")")
        .append(".exclusive(")
        .append(model.exclusive())
        .append(")")
        .append(".multiplicity(")
        .append(range(model.multiplicity()))
        .append(")")
        .append(".validate(")
        .append(model.validate())
        .append(")")
        .append(".order(")
        .append(model.order())
        .append(")")
        .append(".heading(")
        .append(literal(model.heading()))
        .append(")")
        .append(".headingKey(")
        .append(literal(model.headingKey()))
        .append(");\n");
    for (Field inner : type.getDeclaredFields()) {
      if (inner.isAnnotationPresent(Option.class) || inner.isAnnotationPresent(Parameters.class)) {
        // A new group object is made when one of its options is given: its fields' initial values
        // are those of a new object.
        String v = argIn(inner, newInstance(type), gscope, model.args());
        methods.append("    ").append(g).append(".addArg(").append(v).append(");\n");
      } else if (inner.isAnnotationPresent(Mixin.class)
          || inner.isAnnotationPresent(ArgGroup.class)
          || inner.isAnnotationPresent(Spec.class)) {
        throw unsupported(inner.toString(), "a mixin, group or @Spec inside an @ArgGroup");
      }
    }
    methods
        .append("    ")
        .append(parentGroup == null ? spec + ".addArgGroup(" : parentGroup + ".addSubgroup(")
        .append(g)
        .append(".build());\n");
  }

  private void arg(Field f, String obj, String scope, String spec, CommandSpec annotated) {
    String v = argIn(f, obj, scope, annotated.args());
    methods.append("    ").append(spec).append(".add(").append(v).append(");\n");
  }

  /**
   * Emits one option or positional parameter as a local variable built from its model, and returns
   * the variable's name. {@code owner} is an object whose field holds the initial value.
   */
  private String argIn(
      Field f, String owner, String scope, Iterable<? extends ArgSpec> candidates) {
    return argIn(
        f,
        binding(f, scope),
        binding(f, "new SpecBindings.Scope(" + owner + ")") + ".get()",
        scope,
        candidates);
  }

  /**
   * An option or positional parameter given by {@code member} (a field or setter method), read and
   * written through {@code binding}, starting from the value {@code initial} gives.
   */
  private String argIn(
      Object member,
      String binding,
      String initial,
      String scope,
      Iterable<? extends ArgSpec> candidates) {
    ArgSpec model = null;
    for (ArgSpec a : candidates) {
      if (member.equals(a.userObject())) {
        model = a;
      }
    }
    if (model == null) {
      throw unsupported(member.toString(), "an option picocli did not model");
    }
    String v = var("a");
    StringBuilder b = new StringBuilder();
    if (model instanceof OptionSpec o) {
      OptionSpec.Builder r = OptionSpec.builder(o); // raw values, before interpolation
      b.append("    OptionSpec ")
          .append(v)
          .append(" = OptionSpec.builder(")
          .append(strings(r.names()))
          .append(")");
      b.append(".help(").append(r.help()).append(")");
      b.append(".usageHelp(").append(r.usageHelp()).append(")");
      b.append(".versionHelp(").append(r.versionHelp()).append(")");
      b.append(".negatable(").append(r.negatable()).append(")");
      b.append(".fallbackValue(").append(literal(r.fallbackValue())).append(")");
      b.append(".order(").append(r.order()).append(")");
      common(b, Raw.of(r), model);
    } else {
      PositionalParamSpec p = (PositionalParamSpec) model;
      PositionalParamSpec.Builder r = PositionalParamSpec.builder(p);
      b.append("    PositionalParamSpec ").append(v).append(" = PositionalParamSpec.builder()");
      b.append(".index(").append(range(r.index())).append(")");
      common(b, Raw.of(r), model);
    }
    // The value the field starts with, which picocli resets it to before each parse (it reads
    // an annotated field's when first asked: the same value).
    b.append(".initialValue(")
        .append(initial)
        .append(").hasInitialValue(")
        .append(model.hasInitialValue())
        .append(")");
    b.append(".getter(").append(binding).append(").setter(").append(binding).append(")");
    b.append(".scope(").append(scope).append(")");
    b.append(".build();\n");
    methods.append(b);
    return v;
  }

  private void common(StringBuilder b, Raw r, ArgSpec model) {
    if (r.preprocessor() != null && !r.preprocessor().getClass().getName().contains("NoOp")) {
      throw unsupported(model.toString(), "a preprocessor");
    }
    if (r.interactive()
        || !r.prompt().isEmpty()
        || r.descriptionKey() != null
            && !r.descriptionKey().isEmpty()
            && !r.descriptionKey().startsWith("helpCommand.")) {
      throw unsupported(model.toString(), "interactive options or description keys");
    }
    b.append(".required(").append(r.required()).append(")");
    b.append(".description(").append(strings(r.description())).append(")");
    if (r.descriptionKey() != null) {
      b.append(".descriptionKey(").append(literal(r.descriptionKey())).append(")");
    }
    b.append(".arity(").append(range(r.arity())).append(")");
    b.append(".paramLabel(").append(literal(r.paramLabel())).append(")");
    b.append(".hideParamSyntax(").append(r.hideParamSyntax()).append(")");
    b.append(".type(").append(typeName(r.type())).append(".class)");
    b.append(".auxiliaryTypes(");
    Class<?>[] aux = r.auxiliaryTypes();
    for (int i = 0; i < aux.length; i++) {
      b.append(i == 0 ? "" : ", ").append(typeName(aux[i])).append(".class");
    }
    b.append(")");
    if (r.converters() != null && r.converters().length > 0) {
      b.append(".converters(");
      for (int i = 0; i < r.converters().length; i++) {
        b.append(i == 0 ? "" : ", ").append(newInstance(r.converters()[i].getClass()));
      }
      b.append(")");
    }
    b.append(".splitRegex(").append(literal(r.splitRegex())).append(")");
    b.append(".splitRegexSynopsisLabel(").append(literal(r.splitRegexSynopsisLabel())).append(")");
    b.append(".hidden(").append(r.hidden()).append(")");
    b.append(".inherited(").append(r.inherited()).append(")");
    if (r.defaultValue() != null) {
      b.append(".defaultValue(").append(literal(r.defaultValue())).append(")");
    }
    if (r.mapFallbackValue() != null && !r.mapFallbackValue().equals("__unspecified__")) {
      throw unsupported(model.toString(), "a map fallback value");
    }
    b.append(".showDefaultValue(picocli.CommandLine.Help.Visibility.")
        .append(r.showDefaultValue().name())
        .append(")");
    b.append(".scopeType(picocli.CommandLine.ScopeType.").append(r.scopeType().name()).append(")");
    Iterable<String> candidates = r.completionCandidates();
    if (candidates != null && candidates.getClass().getName().startsWith("dev.llmscape.")) {
      b.append(".completionCandidates(").append(newInstance(candidates.getClass())).append(")");
    } else if (candidates != null && !model.typeInfo().isEnum()) {
      // An enum's constants are its candidates when none are given: picocli lists them again.
      throw unsupported(model.toString(), "completion candidates other than a class's");
    }
    if (r.parameterConsumer() != null) {
      b.append(".parameterConsumer(")
          .append(newInstance(r.parameterConsumer().getClass()))
          .append(")");
    }
    b.append(".withToString(").append(literal(model.toString())).append(")");
  }

  /**
   * An argument's attributes as given, before picocli interpolates variables in them: read from a
   * builder copied from the model (the builders' common superclass is not public).
   */
  private record Raw(
      IParameterPreprocessor preprocessor,
      boolean interactive,
      String prompt,
      String descriptionKey,
      boolean required,
      String[] description,
      Range arity,
      String paramLabel,
      boolean hideParamSyntax,
      Class<?> type,
      Class<?>[] auxiliaryTypes,
      ITypeConverter<?>[] converters,
      String splitRegex,
      String splitRegexSynopsisLabel,
      boolean hidden,
      boolean inherited,
      String defaultValue,
      String mapFallbackValue,
      Help.Visibility showDefaultValue,
      ScopeType scopeType,
      Iterable<String> completionCandidates,
      IParameterConsumer parameterConsumer) {
    static Raw of(OptionSpec.Builder r) {
      return new Raw(
          r.preprocessor(),
          r.interactive(),
          r.prompt(),
          r.descriptionKey(),
          r.required(),
          r.description(),
          r.arity(),
          r.paramLabel(),
          r.hideParamSyntax(),
          r.type(),
          r.auxiliaryTypes(),
          r.converters(),
          r.splitRegex(),
          r.splitRegexSynopsisLabel(),
          r.hidden(),
          r.inherited(),
          r.defaultValue(),
          r.mapFallbackValue(),
          r.showDefaultValue(),
          r.scopeType(),
          r.completionCandidates(),
          r.parameterConsumer());
    }

    static Raw of(PositionalParamSpec.Builder r) {
      return new Raw(
          r.preprocessor(),
          r.interactive(),
          r.prompt(),
          r.descriptionKey(),
          r.required(),
          r.description(),
          r.arity(),
          r.paramLabel(),
          r.hideParamSyntax(),
          r.type(),
          r.auxiliaryTypes(),
          r.converters(),
          r.splitRegex(),
          r.splitRegexSynopsisLabel(),
          r.hidden(),
          r.inherited(),
          r.defaultValue(),
          r.mapFallbackValue(),
          r.showDefaultValue(),
          r.scopeType(),
          r.completionCandidates(),
          r.parameterConsumer());
    }
  }

  /** A getter and setter for a field of the object in {@code scope}. */
  private String binding(Field f, String scope) {
    if (accessible(f)) {
      return "new SpecBindings.Binding(" + scope + ", INSTANCE, " + field(f) + ")";
    }
    return "new SpecBindings.ReflectedField("
        + scope
        + ", "
        + typeName(f.getDeclaringClass())
        + ".class, "
        + literal(f.getName())
        + ")";
  }

  /** Code that sets a field of the object in {@code scope} to {@code value}. */
  private String assign(Field f, String scope, String value) {
    return binding(f, scope) + ".set(" + value + ")";
  }

  /** The number of an accessible field in the generated switch. */
  private int field(Field f) {
    if (!accessible(f)) {
      throw unsupported(f.toString(), "a private mixin or group field");
    }
    String owner = "((" + typeName(f.getDeclaringClass()) + ") o)." + f.getName();
    String get = owner;
    Class<?> t = f.getType();
    String cast = t.isPrimitive() ? boxed(t) : typeName(t);
    String set = owner + " = (" + cast + ") v";
    int existing = getters.indexOf(get);
    if (existing >= 0) {
      return existing;
    }
    getters.add(get);
    setters.add(set);
    return getters.size() - 1;
  }

  private static boolean accessible(Field f) {
    int mod = f.getModifiers();
    return !Modifier.isPrivate(mod)
        && !Modifier.isFinal(mod)
        && f.getDeclaringClass().getPackageName().equals(PACKAGE)
        && visible(f.getDeclaringClass());
  }

  private static boolean visible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (Modifier.isPrivate(k.getModifiers())) {
        return false;
      }
      if (!Modifier.isPublic(k.getModifiers()) && !k.getPackageName().equals(PACKAGE)) {
        return false;
      }
    }
    return true;
  }

  private static String newInstance(Class<?> c) {
    try {
      c.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw unsupported(c.getName(), "a class without a no-argument constructor");
    }
    if (!visible(c) || c.isAnonymousClass() || c.isLocalClass()) {
      throw unsupported(c.getName(), "a class generated code cannot name");
    }
    return "new " + typeName(c) + "()";
  }

  /** Fails for annotated methods and annotated superclasses, which picocli also reads. */
  private static void check(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (annotated(m) && !setterOption(m)) {
        throw unsupported(m.toString(), "an annotated method");
      }
    }
    for (Class<?> s = type.getSuperclass(); s != null && s != Object.class; s = s.getSuperclass()) {
      for (Field f : s.getDeclaredFields()) {
        if (annotated(f)) {
          throw unsupported(f.toString(), "an annotated superclass field");
        }
      }
    }
    if (!visible(type)) {
      throw unsupported(type.getName(), "a class generated code cannot name");
    }
  }

  private static boolean annotated(AnnotatedElement e) {
    return e.isAnnotationPresent(Option.class)
        || e.isAnnotationPresent(Parameters.class)
        || e.isAnnotationPresent(Mixin.class)
        || e.isAnnotationPresent(ArgGroup.class)
        || e.isAnnotationPresent(Spec.class)
        || e.isAnnotationPresent(ParentCommand.class)
        || e.isAnnotationPresent(Unmatched.class)
        || e.isAnnotationPresent(CommandLine.Command.class);
  }

  private static IllegalStateException unsupported(String where, String what) {
    return new IllegalStateException(
        "CommandSpecSource cannot generate " + what + " (" + where + "); extend the generator");
  }

  private String var(String prefix) {
    return prefix + vars++;
  }

  /** The range as picocli's constructor makes it (which derives a relative index's anchor). */
  private static String range(Range r) {
    return "new Range("
        + r.min()
        + ", "
        + r.max()
        + ", "
        + r.isVariable()
        + ", "
        + r.isUnspecified()
        + ", "
        + literal(r.originalValue())
        + ")";
  }

  private static String typeName(Class<?> c) {
    if (c.isArray()) {
      return typeName(c.getComponentType()) + "[]";
    }
    return c.getCanonicalName();
  }

  private static String boxed(Class<?> primitive) {
    return switch (primitive.getName()) {
      case "boolean" -> "Boolean";
      case "int" -> "Integer";
      case "long" -> "Long";
      case "double" -> "Double";
      case "float" -> "Float";
      case "short" -> "Short";
      case "byte" -> "Byte";
      default -> "Character";
    };
  }

  private static String strings(String[] values) {
    if (values == null) {
      return "(String[]) null";
    }
    StringBuilder b = new StringBuilder("new String[] {");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ", ").append(literal(values[i]));
    }
    return b.append('}').toString();
  }

  /** A Java literal for a string, boolean or number; other values are not expected. */
  static String literal(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof Character c) {
      return literal(String.valueOf(c)) + ".charAt(0)";
    }
    if (!(value instanceof String s)) {
      throw unsupported(String.valueOf(value), "a value of " + value.getClass());
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
