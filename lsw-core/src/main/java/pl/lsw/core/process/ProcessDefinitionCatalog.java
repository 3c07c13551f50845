package pl.lsw.core.process;

import io.vavr.collection.List;
import java.util.Comparator;
import java.util.Objects;

/**
 * The process definitions an application knows, by code and version: the standard ones and any
 * the embedding system builds itself. Immutable; {@link #with} returns a new catalog.
 *
 * <p>Polish: <i>katalog definicji procesów</i>.
 */
public final class ProcessDefinitionCatalog {

  private final List<ProcessDefinition> definitions;

  private ProcessDefinitionCatalog(List<ProcessDefinition> definitions) {
    this.definitions = definitions;
  }

  /** The catalog of the four {@link StandardProcesses}. */
  public static ProcessDefinitionCatalog standard() {
    return new ProcessDefinitionCatalog(List.ofAll(StandardProcesses.all()));
  }

  /** An empty catalog. */
  public static ProcessDefinitionCatalog empty() {
    return new ProcessDefinitionCatalog(List.empty());
  }

  /**
   * This catalog with one more definition, replacing one of the same code and version.
   */
  public ProcessDefinitionCatalog with(ProcessDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return new ProcessDefinitionCatalog(definitions.remove(definition).append(definition));
  }

  /** The definition with this code and version, or none. */
  public java.util.Optional<ProcessDefinition> find(String code, int version) {
    return definitions.find(d -> d.code().equals(code) && d.version() == version).toJavaOptional();
  }

  /** The latest version of the definition with this code, or none. */
  public java.util.Optional<ProcessDefinition> latest(String code) {
    return definitions.filter(d -> d.code().equals(code))
        .maxBy(Comparator.comparingInt(ProcessDefinition::version)).toJavaOptional();
  }

  /** Every definition, in the order added. */
  public java.util.List<ProcessDefinition> all() {
    return definitions.asJava();
  }
}
