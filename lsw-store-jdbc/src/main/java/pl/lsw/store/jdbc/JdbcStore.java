package pl.lsw.store.jdbc;

import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.process.ProcessInstanceRepository;
import pl.lsw.core.kernel.port.Outbox;
import pl.lsw.core.store.port.LswStore;

/**
 * A store in a relational database (PostgreSQL, or H2 for tests and small installations), on a
 * {@link DataSource} that the embedding system owns and configures (pool, credentials, schema).
 *
 * <p>Polish: <i>magazyn danych w bazie SQL</i>.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource)
 *     .migrate(true)            // run the shipped migrations with Flyway (flyway-core needed)
 *     .build();                 // dialect detected from the database product name
 * }</pre>
 *
 * <p>The schema: versioned scripts under {@value #MIGRATIONS_LOCATION}. Either let the store run
 * them ({@link Builder#migrate(boolean)}, needs {@code org.flywaydb:flyway-core} and, for
 * PostgreSQL, {@code org.flywaydb:flyway-database-postgresql} on the classpath; the history is
 * kept in the table {@value #SCHEMA_HISTORY_TABLE}), or run them yourself with your own tool.
 * The store never changes the schema unless asked. Thread-safe; every operation takes a
 * connection from the data source and gives it back.
 *
 * <p>What it stores: the organisation registry, partnerships, process instances, small grants,
 * competitions, contracts, own-initiative proposals, cooperation programmes, the co-informing
 * bases of each partnership (the Map of Local Potentials, the Initiative Bank and the LSW Action
 * Base, with their verification rounds and history), the Local Service Baskets, dispatches,
 * contact bases, supported families with their individual plans, and the evaluation of each
 * partnership (its typology assessments, observed interactions, surveys, resources and reviews);
 * and the outbox of the events of every change ({@link #outbox()}).
 *
 * <p>Give it a pooled data source in production. For an H2 file database without a pool, add
 * {@code ;DB_CLOSE_DELAY=-1} to the URL so that H2 keeps the database open between operations
 * instead of closing and reopening the file around each one (the example programs do this).
 */
public final class JdbcStore implements LswStore {

  /** Where the migration scripts are, as a Flyway location. */
  public static final String MIGRATIONS_LOCATION = "classpath:db/lsw/migration";

  /**
   * The schema version of this release: the number of the last shipped script ({@code
   * V11__…sql} is version 11). A database whose history records it is up to date.
   */
  public static final int SCHEMA_VERSION = 16;

  /** The table in which the store's own Flyway run records applied scripts. */
  public static final String SCHEMA_HISTORY_TABLE = "lsw_schema_history";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final SqlDialect dialect;
  private final JdbcOrganisationRepository organisations;
  private final JdbcPartnershipRepository partnerships;
  private final JdbcProcessInstanceRepository processes;
  private final JdbcSmallGrantRepository smallGrants;
  private final JdbcCompetitionRepository competitions;
  private final JdbcContractRepository contracts;
  private final JdbcOwnInitiativeProposalRepository proposals;
  private final JdbcCooperationProgrammeRepository programmes;
  private final JdbcInitiativeBaseRepository initiativeBases;
  private final JdbcServiceBasketRepository baskets;
  private final JdbcDispatchRepository dispatches;
  private final JdbcContactBaseRepository contactBases;
  private final JdbcSupportedFamilyRepository families;
  private final JdbcIndividualPlanRepository plans;
  private final JdbcEvaluationRepository evaluations;
  private final JdbcOutbox outbox;

  private JdbcStore(DataSource dataSource, SqlDialect dialect) {
    this.dialect = dialect;
    Jdbc jdbc = new Jdbc(dataSource, dialect);
    this.organisations = new JdbcOrganisationRepository(jdbc);
    this.partnerships = new JdbcPartnershipRepository(jdbc);
    this.processes = new JdbcProcessInstanceRepository(jdbc);
    this.smallGrants = new JdbcSmallGrantRepository(jdbc);
    this.competitions = new JdbcCompetitionRepository(jdbc);
    this.contracts = new JdbcContractRepository(jdbc);
    this.proposals = new JdbcOwnInitiativeProposalRepository(jdbc);
    this.programmes = new JdbcCooperationProgrammeRepository(jdbc);
    this.initiativeBases = new JdbcInitiativeBaseRepository(jdbc);
    this.baskets = new JdbcServiceBasketRepository(jdbc);
    this.dispatches = new JdbcDispatchRepository(jdbc);
    this.contactBases = new JdbcContactBaseRepository(jdbc);
    this.families = new JdbcSupportedFamilyRepository(jdbc);
    this.plans = new JdbcIndividualPlanRepository(jdbc);
    this.evaluations = new JdbcEvaluationRepository(jdbc);
    this.outbox = new JdbcOutbox(jdbc);
  }

  /** Starts configuring a store on the caller's data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** The dialect in use, detected or given. */
  public SqlDialect dialect() {
    return dialect;
  }

  /**
   * The outbox in the tables {@code lsw_outbox} and {@code lsw_command_key}: a unit of work of it
   * binds one connection to the thread, so the saves of this store's repositories inside it and
   * the events of the change are written in one database transaction. Events are kept as JSON
   * ({@link EventJson}).
   */
  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public OrganisationRepository organisations() {
    return organisations;
  }

  @Override
  public PartnershipRepository partnerships() {
    return partnerships;
  }

  @Override
  public ProcessInstanceRepository processes() {
    return processes;
  }

  @Override
  public SmallGrantRepository smallGrants() {
    return smallGrants;
  }

  @Override
  public CompetitionRepository competitions() {
    return competitions;
  }

  @Override
  public ContractRepository contracts() {
    return contracts;
  }

  @Override
  public OwnInitiativeProposalRepository ownInitiativeProposals() {
    return proposals;
  }

  @Override
  public CooperationProgrammeRepository cooperationProgrammes() {
    return programmes;
  }

  @Override
  public InitiativeBaseRepository initiativeBases() {
    return initiativeBases;
  }

  @Override
  public ServiceBasketRepository serviceBaskets() {
    return baskets;
  }

  @Override
  public DispatchRepository dispatches() {
    return dispatches;
  }

  @Override
  public ContactBaseRepository contactBases() {
    return contactBases;
  }

  @Override
  public SupportedFamilyRepository supportedFamilies() {
    return families;
  }

  @Override
  public IndividualPlanRepository individualPlans() {
    return plans;
  }

  @Override
  public PartnershipEvaluationRepository evaluations() {
    return evaluations;
  }

  /**
   * Options of a {@link JdbcStore}: the dialect (detected by default) and whether to run the
   * migrations (not by default).
   */
  public static final class Builder {

    private final DataSource dataSource;
    private SqlDialect dialect;
    private boolean migrate;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Uses this dialect instead of detecting one from
     * {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
     */
    public Builder dialect(SqlDialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * Whether {@link #build()} brings the schema up to date by running the shipped migrations
     * with Flyway (default {@code false}: the embedder runs them). When the schema history
     * already records version {@link #SCHEMA_VERSION}, nothing runs and Flyway is not loaded,
     * so an up-to-date database needs no Flyway on the class path.
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Creates the store: detects the dialect unless one was given, and runs the migrations when
     * asked.
     *
     * @throws StoreException when the database cannot be reached, is not supported, Flyway is
     *     missing although a migration is pending, or a migration fails
     */
    public JdbcStore build() {
      SqlDialect chosen = Optional.ofNullable(dialect).orElseGet(() -> SqlDialect.detect(dataSource));
      if (migrate) {
        int applied = SchemaState.appliedVersion(dataSource);
        if (applied >= SCHEMA_VERSION) {
          LOG.debug("LSW schema up to date at version {}", applied);
        } else {
          ClassLoader loader = JdbcStore.class.getClassLoader();
          if (!SchemaState.flywayPresent(loader)) {
            throw new StoreException(flywayMissingMessage());
          }
          MigrationLock.around(dataSource, chosen, () -> {
            // another store may have migrated the schema while this one waited for the lock
            if (SchemaState.appliedVersion(dataSource) < SCHEMA_VERSION) {
              FlywayMigrations.migrate(dataSource, loader);
            }
          });
        }
      }
      LOG.debug("LSW JDBC store ready on {}", chosen.name());
      return new JdbcStore(dataSource, chosen);
    }
  }

  static String flywayMissingMessage() {
    return "the LSW schema is not up to date and migrate(true) needs Flyway on the class path to"
        + " bring it there: add org.flywaydb:flyway-core (and "
        + "org.flywaydb:flyway-database-postgresql for PostgreSQL), or leave migrate(false) and "
        + "run the scripts from " + MIGRATIONS_LOCATION + " yourself";
  }
}
