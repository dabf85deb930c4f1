package dev.llmscape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code --version --json}: the tool's version, the catalog in use and the runtime, as one object
 * (docs/json.md), for scripts and bug reports.
 *
 * @param tool llmscape's version ({@code dev} for a build without one)
 * @param catalogVersion the catalog's version
 * @param catalogDate the catalog's date, ISO 8601
 * @param models how many models the catalog has
 * @param source the catalog files in use, in catalog --json's words
 * @param installedFrom where {@code catalog update} installed the base catalog from, or null
 */
public record VersionJson(
    String tool,
    String catalogVersion,
    String catalogDate,
    int models,
    String source,
    String installedFrom) {

  public void print(PrintWriter out) {
    JsonOutput.write(out, this::write);
  }

  private void write(JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("version", tool);
    gen.writeObjectFieldStart("catalog");
    gen.writeStringField("version", catalogVersion);
    gen.writeStringField("date", catalogDate);
    gen.writeNumberField("models", models);
    gen.writeStringField("source", source);
    gen.writeStringField("installedFrom", installedFrom);
    gen.writeEndObject();
    gen.writeObjectFieldStart("java");
    gen.writeStringField("version", System.getProperty("java.version"));
    gen.writeStringField("vendor", System.getProperty("java.vendor"));
    gen.writeStringField("home", System.getProperty("java.home"));
    gen.writeEndObject();
    gen.writeObjectFieldStart("os");
    gen.writeStringField("name", System.getProperty("os.name"));
    gen.writeStringField("arch", System.getProperty("os.arch"));
    gen.writeEndObject();
    gen.writeEndObject();
  }
}
