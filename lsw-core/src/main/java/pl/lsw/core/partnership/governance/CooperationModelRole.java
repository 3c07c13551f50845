package pl.lsw.core.partnership.governance;

/**
 * The role a person plays in a Model Kooperacji team (PZK or WZK), after seed 003 (the actors
 * and their duties).
 *
 * <p>Polish: <i>rola w Modelu Kooperacji</i>.
 */
public enum CooperationModelRole {
  /** ROPS staff coordinating the rollout. Polish: <i>przedstawiciel ROPS</i>. */
  ROPS_REPRESENTATIVE,
  /** The model adviser appointed by the ROPS. Polish: <i>doradca modelu</i>. */
  MODEL_ADVISER,
  /** The PCPR's leader-animator. Polish: <i>lider-animator PCPR</i>. */
  PCPR_LEADER_ANIMATOR,
  /** The GOPS animator (key worker). Polish: <i>animator GOPS (pracownik kluczowy)</i>. */
  GOPS_ANIMATOR,
  /** A GOPS social worker delegated to the model. Polish: <i>pracownik socjalny GOPS</i>. */
  GOPS_SOCIAL_WORKER,
  /** A county councillor. Polish: <i>radny powiatu</i>. */
  COUNTY_COUNCILLOR,
  /** A commune councillor. Polish: <i>radny gminy</i>. */
  COMMUNE_COUNCILLOR,
  /** A member of the voivodeship board (WZK). Polish: <i>członek zarządu województwa</i>. */
  VOIVODESHIP_BOARD_MEMBER,
  /** A representative of a voivodeship-level body (WZK). Polish: <i>przedstawiciel jednostki wojewódzkiej</i>. */
  VOIVODESHIP_BODY_REPRESENTATIVE,
  /** A university representative (WZK). Polish: <i>przedstawiciel uczelni</i>. */
  UNIVERSITY_REPRESENTATIVE,
  /** A representative of another local institution (PZK). Polish: <i>przedstawiciel instytucji</i>. */
  INSTITUTION_REPRESENTATIVE
}
