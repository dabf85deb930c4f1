package dev.llmscape.bench;

import dev.llmscape.catalog.Catalog;
import dev.llmscape.catalog.CatalogData;
import dev.llmscape.catalog.CatalogReader;
import dev.llmscape.model.Model;
import dev.llmscape.query.Criterion;
import dev.llmscape.query.ModelQuery;
import dev.llmscape.query.QueryEngine;
import dev.llmscape.query.SortKey;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Load, index build and queries over synthetic catalogs of 1k to 1M models ({@link
 * SyntheticCatalog}). {@code queryFixedOrg} asks for org {@code acme}, which holds 100 models at
 * every size: through the org index its cost should stay flat as the catalog grows, while {@code
 * scanFixedOrg}, the same condition as a plain predicate, walks the whole catalog. {@code
 * queryGrowingOrg} asks for {@code meta} (about 1 model in 200), so its result grows with the
 * catalog.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CatalogBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  public int models;

  private byte[] json;
  private CatalogData data;
  private QueryEngine engine;
  private ModelQuery fixedOrg;
  private ModelQuery fixedOrgScan;
  private ModelQuery growingOrg;

  @Setup(Level.Trial)
  public void setUp() {
    json = SyntheticCatalog.json(models).getBytes(StandardCharsets.UTF_8);
    data = load();
    Catalog catalog = Catalog.of(data);
    engine = new QueryEngine(catalog.index());
    fixedOrg = query(new Criterion.InOrgs(Set.of("acme")));
    fixedOrgScan =
        query(new Criterion.Matching("org acme", (m, index) -> m.orgId().equals("acme")));
    growingOrg = query(new Criterion.InOrgs(Set.of("meta")));
    // The org index is built on first use; build it here so queries measure only the query.
    engine.run(fixedOrg);
  }

  private static ModelQuery query(Criterion c) {
    return new ModelQuery(List.of(c), SortKey.DATE, false, null);
  }

  /** Parse the JSON into records (Jackson streaming). */
  @Benchmark
  public CatalogData load() {
    return CatalogReader.read(new ByteArrayInputStream(json), "synthetic");
  }

  /** Check references and build the id and org indexes a first org query needs. */
  @Benchmark
  public List<Model> indexBuild() {
    Catalog catalog = Catalog.of(data);
    return catalog.index().byOrg("acme");
  }

  /** Org {@code acme} through the index: 100 models at every catalog size. */
  @Benchmark
  public List<Model> queryFixedOrg() {
    return engine.run(fixedOrg);
  }

  /** The same 100 models found by testing every model. */
  @Benchmark
  public List<Model> scanFixedOrg() {
    return engine.run(fixedOrgScan);
  }

  /** Org {@code meta} through the index: about 0.5% of the catalog. */
  @Benchmark
  public List<Model> queryGrowingOrg() {
    return engine.run(growingOrg);
  }
}
