package dev.llmscape.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Build step, with {@link CommandSpecSource}: writes {@code GeneratedDirectRoutes.java}, the table
 * {@link DirectRoute} parses plain command lines by, from the model picocli reads from the
 * annotated command classes. For each command of {@link CommandRegistry#DIRECT}: code that makes
 * its objects (the command, its mixins, its parent) as picocli makes them, and each option's names,
 * how it takes its value and which field holds it. What the table cannot describe exactly (a
 * parameter consumer, a split value, a type it does not convert, an option in a group or on a
 * setter method) is marked so that a line using it goes to picocli; a command with a default value
 * gets no direct route at all (picocli sets it on every line).
 */
final class DirectRouteSource {
  private final StringBuilder methods = new StringBuilder();
  private final List<String> setters = new ArrayList<>();
  private int vars;

  private DirectRouteSource() {}

  /** The generated class's source. */
  static String source() {
    DirectRouteSource gen = new DirectRouteSource();
    StringBuilder dispatch = new StringBuilder();
    for (CommandRegistry.Entry e : CommandRegistry.COMMANDS) {
      if (!CommandRegistry.DIRECT.contains(e.type())) {
        continue;
      }
      CommandSpec annotated = new CommandLine(e.type()).getCommandSpec();
      String method = "route" + Character.toUpperCase(e.name().charAt(0)) + e.name().substring(1);
      if (!gen.command(method, e.name(), annotated)) {
        continue;
      }
      dispatch.append("      case ").append(CommandSpecSource.literal(e.name())).append(":\n");
      for (String alias : e.aliases()) {
        dispatch.append("      case ").append(CommandSpecSource.literal(alias)).append(":\n");
      }
      dispatch.append("        return ").append(method).append("(root);\n");
    }
    StringBuilder out = new StringBuilder();
    out.append(
            "// Generated at build time by dev.llmscape.cli.DirectRouteSource from the annotated\n")
        .append("// command classes. Do not edit: change the annotations.\n")
        .append("package dev.llmscape.cli;\n\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("final class GeneratedDirectRoutes implements DirectRoute.Table {\n")
        .append("  @Override\n")
        .append("  public DirectRoute.Command command(String word, LlmscapeCommand root) {\n")
        .append("    switch (word) {\n")
        .append(dispatch)
        .append("      default:\n        return null;\n    }\n  }\n")
        .append(gen.methods)
        .append("\n  @Override\n  public void set(int field, Object o, Object v) {\n")
        .append("    switch (field) {\n");
    for (int i = 0; i < gen.setters.size(); i++) {
      out.append("      case ").append(i).append(": ").append(gen.setters.get(i));
      out.append("; break;\n");
    }
    out.append("      default: throw new IllegalArgumentException(\"field \" + field);\n")
        .append("    }\n  }\n}\n");
    return out.toString();
  }

  /** One command's route method; false (and nothing written) when it cannot have one. */
  private boolean command(String method, String name, CommandSpec annotated) {
    if (!annotated.subcommands().isEmpty() || hasDefault(annotated)) {
      return false;
    }
    Class<?> type = annotated.userObject().getClass();
    StringBuilder body = new StringBuilder();
    List<String> options = new ArrayList<>();
    String[] words = {null};
    int settersBefore = setters.size();
    String obj = var("c");
    body.append("    ")
        .append(type.getCanonicalName())
        .append(' ')
        .append(obj)
        .append(" = new ")
        .append(type.getCanonicalName())
        .append("();\n");
    if (!members(type, obj, annotated, body, options, words)) {
      setters.subList(settersBefore, setters.size()).clear();
      return false;
    }
    Range range = wordRange(annotated);
    methods
        .append("\n  private static DirectRoute.Command ")
        .append(method)
        .append("(LlmscapeCommand root) {\n")
        .append(body)
        .append("    return new DirectRoute.Command(")
        .append(CommandSpecSource.literal(name))
        .append(", ")
        .append(obj)
        .append(", new DirectRoute.Arg[] {\n");
    for (int i = 0; i < options.size(); i++) {
      methods.append("      ").append(options.get(i)).append(i + 1 < options.size() ? ",\n" : "\n");
    }
    methods
        .append("    }, ")
        .append(words[0] == null ? "null" : words[0])
        .append(", ")
        .append(range.min)
        .append(", ")
        .append(range.max)
        .append(");\n  }\n");
    return true;
  }

  private record Range(int min, int max) {}

  private static Range wordRange(CommandSpec annotated) {
    List<PositionalParamSpec> positionals = annotated.positionalParameters();
    if (positionals.isEmpty()) {
      return new Range(0, 0);
    }
    CommandLine.Range arity = positionals.get(0).arity();
    return new Range(arity.min(), arity.max());
  }

  /**
   * Whether picocli sets something on every parse that the table does not: a default value, or an
   * empty Optional. (Fields without a default keep the value a new object starts with, which the
   * table's new objects have too; an annotated setter method without one is not called.)
   */
  private static boolean hasDefault(CommandSpec annotated) {
    for (ArgSpec a : annotated.args()) {
      if (a.defaultValue() != null || a.typeInfo().isOptional()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members of {@code type}, declared in {@code obj}: false when one cannot be routed directly
   * (then the command has no route).
   */
  private boolean members(
      Class<?> type,
      String obj,
      CommandSpec annotated,
      StringBuilder body,
      List<String> options,
      String[] words) {
    for (Field f : type.getDeclaredFields()) {
      if (f.isAnnotationPresent(ParentCommand.class)) {
        if (!f.getType().isAssignableFrom(LlmscapeCommand.class)) {
          return false;
        }
        body.append("    ").append(obj).append('.').append(f.getName()).append(" = root;\n");
      } else if (f.isAnnotationPresent(Mixin.class)) {
        String m = var("m");
        String mixinType = f.getType().getCanonicalName();
        body.append("    if (")
            .append(obj)
            .append('.')
            .append(f.getName())
            .append(" == null) {\n      ")
            .append(obj)
            .append('.')
            .append(f.getName())
            .append(" = new ")
            .append(mixinType)
            .append("();\n    }\n    ")
            .append(mixinType)
            .append(' ')
            .append(m)
            .append(" = ")
            .append(obj)
            .append('.')
            .append(f.getName())
            .append(";\n");
        if (!members(f.getType(), m, annotated, body, options, words)) {
          return false;
        }
      } else if (f.isAnnotationPresent(ArgGroup.class)) {
        // A group's options are checked together (exclusive, required): picocli parses them.
        for (Field inner : f.getType().getDeclaredFields()) {
          Option o = inner.getAnnotation(Option.class);
          if (o != null) {
            options.add(declined(o.names()));
          } else if (inner.isAnnotationPresent(Parameters.class)) {
            return false;
          }
        }
      } else if (f.isAnnotationPresent(Option.class)) {
        options.add(option(model(annotated, f), f, obj));
      } else if (f.isAnnotationPresent(Parameters.class)) {
        if (words[0] != null) {
          return false; // more than one positional parameter
        }
        words[0] = positional((PositionalParamSpec) model(annotated, f), f, obj);
        if (words[0] == null) {
          return false;
        }
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      Option o = m.getAnnotation(Option.class);
      if (o != null) {
        options.add(declined(o.names()));
      } else if (m.isAnnotationPresent(Parameters.class)) {
        return false;
      }
    }
    return true;
  }

  private static ArgSpec model(CommandSpec annotated, Field f) {
    for (ArgSpec a : annotated.args()) {
      if (f.equals(a.userObject())) {
        return a;
      }
    }
    throw new IllegalStateException("DirectRouteSource: picocli did not model " + f);
  }

  private String option(ArgSpec model, Field f, String obj) {
    OptionSpec o = (OptionSpec) model;
    String[] names = o.names();
    String conversion = conversion(o);
    String kind;
    if (o.parameterConsumer() != null
        || o.negatable()
        || o.usageHelp()
        || o.versionHelp()
        || o.interactive()
        || !o.splitRegex().isEmpty()
        || readByOutputRouting(names)) {
      kind = "DECLINE";
    } else if (o.arity().max() == 0 && (o.type() == boolean.class || o.type() == Boolean.class)) {
      kind = "FLAG";
    } else if (o.arity().min() != 1 || o.arity().max() != 1 || conversion == null) {
      kind = "DECLINE";
    } else if (o.isMultiValue()) {
      kind = o.type() == List.class ? "LIST" : "DECLINE";
    } else {
      kind = "VALUE";
    }
    if (kind.equals("DECLINE")) {
      return declined(names);
    }
    return arg(
        names,
        kind,
        conversion == null ? "TEXT" : conversion,
        converter(o),
        obj,
        setter(f),
        o.required());
  }

  /** The command's words: null when picocli must read them. */
  private String positional(PositionalParamSpec p, Field f, String obj) {
    boolean consumerTakesWordAsIs =
        p.parameterConsumer() == null || p.parameterConsumer() instanceof TermConsumer;
    if (!consumerTakesWordAsIs
        || !p.splitRegex().isEmpty()
        || p.index().min() != 0
        || p.converters() != null && p.converters().length > 0) {
      return null;
    }
    String kind;
    if (p.isMultiValue() && p.type() == List.class && p.auxiliaryTypes()[0] == String.class) {
      kind = "LIST";
    } else if (!p.isMultiValue() && p.type() == String.class && p.arity().max() <= 1) {
      kind = "VALUE";
    } else {
      return null;
    }
    return "new DirectRoute.Arg(new String[0], DirectRoute."
        + kind
        + ", DirectRoute.TEXT, null, "
        + obj
        + ", "
        + setter(f)
        + ", false)";
  }

  /** How an option's value is converted, or null when the table cannot do it as picocli does. */
  private static String conversion(OptionSpec o) {
    if (o.converters() != null && o.converters().length == 1) {
      return "CONVERTED";
    }
    if (o.converters() != null && o.converters().length > 1) {
      return null;
    }
    Class<?> t = o.isMultiValue() ? o.auxiliaryTypes()[0] : o.type();
    if (t == String.class) {
      return "TEXT";
    }
    if (t == int.class || t == Integer.class) {
      return "INTEGER";
    }
    return null;
  }

  private static String converter(OptionSpec o) {
    if (o.converters() == null || o.converters().length == 0) {
      return "null";
    }
    return "new " + o.converters()[0].getClass().getCanonicalName() + "()";
  }

  private static boolean readByOutputRouting(String[] names) {
    for (String n : names) {
      if (OutputRouting.READS.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** An option only picocli reads: a line that gives it goes to picocli. */
  private static String declined(String[] names) {
    return arg(names, "DECLINE", "TEXT", "null", "null", -1, false);
  }

  private static String arg(
      String[] names,
      String kind,
      String conversion,
      String converter,
      String owner,
      int field,
      boolean required) {
    StringBuilder b = new StringBuilder("new DirectRoute.Arg(new String[] {");
    for (int i = 0; i < names.length; i++) {
      b.append(i == 0 ? "" : ", ").append(CommandSpecSource.literal(names[i]));
    }
    return b.append("}, DirectRoute.")
        .append(kind)
        .append(", DirectRoute.")
        .append(conversion)
        .append(", ")
        .append(converter)
        .append(", ")
        .append(owner)
        .append(", ")
        .append(field)
        .append(", ")
        .append(required)
        .append(")")
        .toString();
  }

  /** The number of the generated setter that assigns the field. */
  private int setter(Field f) {
    Class<?> t = f.getType();
    String cast =
        t.isPrimitive()
            ? (t == boolean.class ? "Boolean" : t == int.class ? "Integer" : null)
            : Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)
                ? t.getName()
                : t.getCanonicalName();
    if (cast == null) {
      throw new IllegalStateException("DirectRouteSource: a field of type " + t + ": " + f);
    }
    setters.add(
        "(("
            + f.getDeclaringClass().getCanonicalName()
            + ") o)."
            + f.getName()
            + " = ("
            + cast
            + ") v");
    return setters.size() - 1;
  }

  private String var(String prefix) {
    return prefix + vars++;
  }
}
