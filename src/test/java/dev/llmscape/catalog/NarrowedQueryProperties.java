package dev.llmscape.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmscape.model.Model;
import dev.llmscape.query.FilterParser;
import dev.llmscape.query.ModelLookup;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.QueryEngine;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A query over the bundled binary narrows its candidates by every indexed condition before decoding
 * any (QueryEngine, CatalogIndex.narrowed): whatever the conditions, it answers as the catalog read
 * from JSON does, where nothing is narrowed.
 */
class NarrowedQueryProperties {
  private static final Catalog BINARY = LookupDecodingTestCatalogs.binary();
  private static final Catalog JSON = CatalogLoader.bundledJson();

  @Property(tries = 300)
  void narrowedQueriesAnswerAsTheJsonCatalogDoes(@ForAll("queries") List<String> terms) {
    String query = String.join(" ", terms);
    assertEquals(ids(run(JSON, query)), ids(run(BINARY, query)), query);
  }

  @Provide
  Arbitrary<List<String>> queries() {
    return Arbitraries.of(
            "org:Google",
            "org:Meta",
            "org:Meta OR org:Mistral",
            "-org:OpenAI",
            "size:>=100B",
            "size:7B..70B",
            "size:<1B",
            "size:unknown",
            "date:2023",
            "date:>=2025-06",
            "open:yes",
            "open:no",
            "category:chat",
            "category:code",
            "access:api",
            "arch:moe",
            "context:>=128k")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  private static List<Model> run(Catalog catalog, String expression) {
    ModelLookup lookup = new ModelLookup(catalog.index());
    return new QueryEngine(catalog.index())
        .run(
            ModelQuery.all()
                .with(new FilterParser(FilterParser.Resolver.of(lookup)).parse(expression)));
  }

  private static List<String> ids(List<Model> models) {
    List<String> ids = new ArrayList<>();
    for (Model m : models) {
      ids.add(m.id());
    }
    return ids;
  }
}
