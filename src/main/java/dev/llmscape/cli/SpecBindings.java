package dev.llmscape.cli;

import java.lang.reflect.Field;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.PicocliException;

/**
 * What the generated command models ({@code GeneratedCommandSpecs}, written at build time by {@link
 * CommandSpecSource}) bind their options to: the objects picocli would make by reflection, made
 * without it. A field is read and written by a switch in the generated class, not through {@code
 * java.lang.reflect}.
 */
final class SpecBindings {
  private SpecBindings() {}

  /** The generated models: {@code GeneratedCommandSpecs}, compiled after the rest. */
  interface Models {
    /** The model of the named command over a new command object, or null for an unknown name. */
    CommandSpec build(String name, Object parent, IFactory factory);
  }

  /**
   * The generated models, or null where the build step did not run (an IDE's own compilation): the
   * commands are then read from their annotations, as before. GeneratedCommandSpecsTest fails when
   * they are missing from the build.
   */
  static Models generated() {
    try {
      return (Models)
          Class.forName(SpecBindings.class.getPackageName() + ".GeneratedCommandSpecs")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** Reads and writes the fields of the generated models, by number. */
  interface Fields {
    Object get(int field, Object owner);

    void set(int field, Object owner, Object value);
  }

  /**
   * The object an option's field belongs to. picocli replaces it when it creates a new instance of
   * an argument group for a parse, so every option of the group writes into the new instance.
   */
  static final class Scope implements IScope {
    private Object value;

    Scope(Object value) {
      this.value = value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T old = (T) this.value;
      this.value = value;
      return old;
    }
  }

  /** One field of the object in a scope, read and written by the generated switch. */
  static final class Binding implements IGetter, ISetter {
    private final IScope scope;
    private final Fields fields;
    private final int field;

    Binding(IScope scope, Fields fields, int field) {
      this.scope = scope;
      this.fields = fields;
      this.field = field;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) fields.get(field, owner());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      Object owner = owner();
      T old = (T) fields.get(field, owner);
      fields.set(field, owner, value);
      return old;
    }

    private Object owner() {
      try {
        return scope.get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * An option given to a setter method, called by the generated switch: as picocli's own binding of
   * an annotated method, it reads back the value last given, and a method's failure other than
   * picocli's own becomes a usage error naming the method.
   */
  static final class MethodSetter implements IGetter, ISetter {
    private final IScope scope;
    private final Fields fields;
    private final int method;
    private final CommandSpec spec;
    private final String name;
    private Object current;

    MethodSetter(IScope scope, Fields fields, int method, CommandSpec spec, String name) {
      this.scope = scope;
      this.fields = fields;
      this.method = method;
      this.spec = spec;
      this.name = name;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) current;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T old = (T) current;
      try {
        fields.set(method, scope.get(), value);
      } catch (PicocliException e) {
        throw e;
      } catch (Exception e) {
        CommandLine cmd = spec.commandLine() == null ? new CommandLine(spec) : spec.commandLine();
        throw new ParameterException(
            cmd, "Could not invoke " + name + " with " + value + " (" + e + ")", e);
      }
      current = value;
      return old;
    }
  }

  /**
   * A field the generated code cannot name (private, as in picocli's own help command), bound by
   * reflection on the field alone: still no annotation is read.
   */
  static final class ReflectedField implements IGetter, ISetter {
    private final IScope scope;
    private final Field field;

    ReflectedField(IScope scope, Class<?> owner, String name) {
      this.scope = scope;
      try {
        this.field = owner.getDeclaredField(name);
        field.setAccessible(true);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("generated command model is stale: no field " + name, e);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      try {
        return (T) field.get(scope.get());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public <T> T set(T value) {
      try {
        Object owner = scope.get();
        @SuppressWarnings("unchecked")
        T old = (T) field.get(owner);
        field.set(owner, value);
        return old;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The type of an argument group's field, a plain class: what picocli needs to create a new
   * instance of the group when one of its options is given.
   */
  static final class GroupType implements ITypeInfo {
    private final Class<?> type;

    GroupType(Class<?> type) {
      this.type = type;
    }

    @Override
    public boolean isBoolean() {
      return false;
    }

    @Override
    public boolean isMultiValue() {
      return false;
    }

    @Override
    public boolean isOptional() {
      return false;
    }

    @Override
    public boolean isArray() {
      return false;
    }

    @Override
    public boolean isCollection() {
      return false;
    }

    @Override
    public boolean isMap() {
      return false;
    }

    @Override
    public boolean isEnum() {
      return false;
    }

    @Override
    public List<String> getEnumConstantNames() {
      return List.of();
    }

    @Override
    public String getClassName() {
      return type.getName();
    }

    @Override
    public String getClassSimpleName() {
      return type.getSimpleName();
    }

    @Override
    public List<ITypeInfo> getAuxiliaryTypeInfos() {
      return List.of(this);
    }

    @Override
    public List<String> getActualGenericTypeArguments() {
      return List.of();
    }

    @Override
    public Class<?> getType() {
      return type;
    }

    @Override
    public Class<?>[] getAuxiliaryTypes() {
      return new Class<?>[] {type};
    }
  }
}
