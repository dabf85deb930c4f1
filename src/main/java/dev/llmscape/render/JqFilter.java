package dev.llmscape.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * Applies a jq expression to a JSON document (jackson-jq). The only class that uses data binding:
 * it is loaded when {@code --jq} is given and never otherwise, so other runs do not pay for
 * databind or jq at start-up.
 */
public final class JqFilter {
  /** A jq expression that does not compile, or that fails on the document. */
  public static final class JqException extends RuntimeException {
    private final boolean compile;

    JqException(String message, boolean compile) {
      super(message);
      this.compile = compile;
    }

    /** Whether the expression itself is malformed (a usage error) rather than failing at run. */
    public boolean compile() {
      return compile;
    }
  }

  private JqFilter() {}

  /**
   * Writes each result of {@code expression} over {@code json} on its own line: strings without
   * quotes, other values as JSON.
   *
   * @throws JqException for an expression that does not compile or fails on this input
   */
  public static void apply(String expression, String json, PrintWriter out) throws IOException {
    JsonQuery query;
    try {
      query = JsonQuery.compile(expression, Versions.JQ_1_6);
    } catch (JsonQueryException e) {
      throw new JqException(e.getMessage(), true);
    }
    ObjectMapper mapper = new ObjectMapper();
    JsonNode input = mapper.readTree(json);
    Scope scope = Scope.newEmptyScope();
    BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, scope);
    List<JsonNode> results = new ArrayList<>();
    try {
      query.apply(Scope.newChildScope(scope), input, results::add);
    } catch (JsonQueryException e) {
      throw new JqException(e.getMessage(), false);
    }
    for (JsonNode r : results) {
      out.println(
          r.isTextual()
              ? Sanitizer.clean(r.asText())
              : mapper.writerWithDefaultPrettyPrinter().writeValueAsString(r));
    }
    out.flush();
  }
}
