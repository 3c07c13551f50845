/**
 * The JDBC store: adapters of the LSW repository ports on plain JDBC, for PostgreSQL (production)
 * and H2. The public entry is {@link pl.lsw.store.jdbc.JdbcStore}; SQL differences sit behind
 * {@link pl.lsw.store.jdbc.SqlDialect} ({@link pl.lsw.store.jdbc.PostgresDialect},
 * {@link pl.lsw.store.jdbc.H2Dialect}); the adapters themselves are package-private.
 *
 * <p>Polish: <i>magazyn danych JDBC</i>.
 *
 * <h2>Schema migrations</h2>
 *
 * <p>The schema is created by versioned Flyway scripts shipped in this jar under
 * {@code db/lsw/migration} (Flyway location {@code classpath:db/lsw/migration}). The SQL is
 * portable: both PostgreSQL and H2 accept every script as written, so there are no per-database
 * folders.
 *
 * <table>
 *   <caption>Shipped scripts</caption>
 *   <tr><th>script</th><th>creates</th></tr>
 *   <tr><td>{@code V1__organisations.sql}</td><td>{@code lsw_organisation} (unique NIP and
 *       REGON, version column), {@code lsw_organisation_field},
 *       {@code lsw_organisation_contact}</td></tr>
 *   <tr><td>{@code V2__partnerships.sql}</td><td>{@code lsw_partnership} (the root, with the
 *       version column) and one child table per nested list, all named
 *       {@code lsw_partnership_*}: focus domains, territory, memberships, people, matters and
 *       their status history, local-pact components, the Steering Committee and its members,
 *       the Task Team and its members, Executive Consortia with their organisations and people,
 *       cooperation teams (PZK, WZK) with their members, network workers, meetings with their
 *       attendees, decisions with their positions and bound organisations</td></tr>
 *   <tr><td>{@code V3__processes.sql}</td><td>{@code lsw_process_instance} (the root, with the
 *       version column), {@code lsw_process_iteration}, {@code lsw_process_carried_step},
 *       {@code lsw_process_completion}, {@code lsw_process_activity}</td></tr>
 *   <tr><td>{@code V4__small_grants.sql}</td><td>{@code lsw_small_grant} (with the grant date and
 *       year, indexed per organisation and per body for the cross-grant rules), its publications
 *       and comments, and {@code lsw_planned_grant_budget} (one per body area and year)</td></tr>
 *   <tr><td>{@code V5__competitions.sql}</td><td>{@code lsw_competition} and its child tables:
 *       announcement items and publications, acts, committee members and conflicts of interest,
 *       offers with applicants, cost items and expected results, assessments and scores, awards,
 *       required results of a cooperative problem</td></tr>
 *   <tr><td>{@code V6__contracts.sql}</td><td>{@code lsw_contract} and its child tables:
 *       parties, expected results, cost items of the budget and of amendments, amendments, cost
 *       shifts, partial-report demands, misuse findings, returns</td></tr>
 *   <tr><td>{@code V7__initiatives_and_programmes.sql}</td><td>{@code
 *       lsw_own_initiative_proposal} (version column, indexed per body area and year of
 *       receipt) with {@code lsw_own_initiative_proposal_org}, and {@code
 *       lsw_cooperation_programme} (one per body area and year, no version: the last save wins)
 *       with {@code lsw_cooperation_programme_content}</td></tr>
 *   <tr><td>{@code V8__one_publication_place.sql}</td><td>the competitions' publications name
 *       the notice board at the body's seat {@code NOTICE_BOARD}, as the small grants'
 *       do</td></tr>
 *   <tr><td>{@code V9__initiative_bases.sql}</td><td>{@code lsw_initiative_base} (one per
 *       partnership, with the version column) and its child tables, all named
 *       {@code lsw_initiative_base_*}: the entries of the Map of Local Potentials (keyed by
 *       entry id, with the implementer and the access conditions) with their addressees,
 *       fields, target groups, territory, languages and contact people; the recommendations of
 *       the Initiative Bank; the actions of the LSW Action Base with their consortium reports;
 *       the verification rounds with their entries, actions and conclusions; the revisions of
 *       the history with their field changes</td></tr>
 *   <tr><td>{@code V10__information.sql}</td><td>{@code lsw_dispatch} (one sending of
 *       information to the partnership, with its one instant) with {@code
 *       lsw_dispatch_recipient} (each member organisation and its delivery outcome); {@code
 *       lsw_contact_base} (one per partnership, version column) with {@code
 *       lsw_external_contact} and the history in {@code lsw_contact_revision} and {@code
 *       lsw_contact_revision_change}</td></tr>
 *   <tr><td>{@code V11__service_basket.sql}</td><td>{@code lsw_service_basket} (one per
 *       partnership, version column) and its child tables: services with their fields, target
 *       groups, territory, languages and contacts, agreements with their services, revisions
 *       of the history with their field changes</td></tr>
 *   <tr><td>{@code V12__families_and_plans.sql}</td><td>{@code lsw_supported_family} (a
 *       pseudonymous reference, no personal data) with its need fields and target groups, and
 *       {@code lsw_individual_plan} with its items, reviews, revisions and field changes</td></tr>
 * </table>
 *
 * <p>How the aggregates are laid out: every value of an aggregate is in a typed column of its
 * own (no serialised objects, no encoded lists). Child rows carry the id of their aggregate
 * (deleted with it) and their position in their list ({@code list_index}), so lists come back
 * in the order saved. An instant is stored as a {@code TIMESTAMP WITH TIME ZONE} (to the
 * microsecond) and its nano-of-second in the {@code INTEGER} column {@code <name>_nanos}, which
 * is what the store reads for the fraction, so instants come back exactly on PostgreSQL too; a
 * duration is its seconds and nano-of-second; enumerations are stored by constant name. A save
 * of a partnership or a process instance updates the root row {@code WHERE id = ? AND version =
 * ?} and writes its child rows, in one transaction: a partnership's save compares the stored
 * child rows with those of the saved state by primary key and deletes, updates and inserts only
 * the rows that differ (recording a meeting inserts the meeting and its attendees, nothing
 * else); a process instance's save deletes its child rows and writes them again. A decision's
 * result is not stored: it follows from its kind and positions. Small grants, competitions,
 * contracts and own-initiative proposals are saved as process instances are. The co-informing
 * bases of a partnership are saved as a partnership is, except their history, which is
 * append-only: a save inserts only the revisions that are new.
 *
 * <p>Money is stored exactly, as a whole number of grosze in {@code BIGINT} columns named
 * {@code *_grosze}; percentages and cost-item quantities as exact {@code NUMERIC} (a quantity with
 * its scale, so {@code 0.50} stays {@code 0.50}); nothing is stored as a serialised Java object.
 *
 * <p>Two ways to apply them:
 *
 * <ul>
 *   <li>{@code JdbcStore.builder(dataSource).migrate(true).build()} runs them with Flyway
 *       (needs {@code flyway-core}, and {@code flyway-database-postgresql} for PostgreSQL), keeping
 *       the history in the table {@code lsw_schema_history}; a schema that already holds the
 *       embedder's tables is baselined at version 0 first;
 *   <li>or the embedder runs them with its own Flyway, as a separate Flyway configuration with
 *       its own history table (the script versions would collide with the embedder's own in one
 *       history): {@code Flyway.configure().dataSource(ds).locations("classpath:db/lsw/migration")
 *       .table("lsw_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate()}.
 * </ul>
 *
 * <p>Errors: every {@link java.sql.SQLException} surfaces as a
 * {@link pl.lsw.core.kernel.StoreException} naming the operation; a unique-key violation of NIP
 * or REGON as {@link pl.lsw.core.kernel.DuplicateKeyException}; a stored value the model
 * refuses (for example an unknown enumeration constant) as a {@code StoreException} as well; a
 * stale version (or a concurrent
 * update the database refuses) as {@link pl.lsw.core.kernel.VersionConflictException}; a save
 * at a version above 0 whose root row is not there at all (deleted meanwhile, or never stored) as
 * {@link pl.lsw.core.kernel.NoLongerStoredException}.
 */
package pl.lsw.store.jdbc;
