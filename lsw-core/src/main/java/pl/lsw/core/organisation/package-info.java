/**
 * The organisation registry: partner organisations of local support systems (public units, NGOs,
 * businesses, community groups, research institutions, family representatives), with their legal
 * form, sector, fields of social services, public identifiers, seat and contact people.
 *
 * <p>Polish: <i>rejestr organizacji (partnerów)</i>.
 *
 * <p>An {@link pl.lsw.core.organisation.Organisation} is built from raw input with
 * {@link pl.lsw.core.organisation.OrganisationDraft#toOrganisation(OrganisationId, long)}, which
 * reports every problem at once, or with {@code Organisation.builder()}, whose {@code build()}
 * throws {@link pl.lsw.core.kernel.InvalidInputException} listing every broken invariant. The
 * application service {@link pl.lsw.core.organisation.OrganisationRegistry} stores organisations
 * through the port {@link pl.lsw.core.organisation.OrganisationRepository} and publishes
 * {@link pl.lsw.core.organisation.OrganisationRegistered} and
 * {@link pl.lsw.core.organisation.OrganisationUpdated}.
 *
 * <p>The registry holds organisations only: no families and no personal identifiers. Contact
 * people are professional contacts of an organisation.
 */
@LswStyle
package pl.lsw.core.organisation;

import pl.lsw.core.kernel.LswStyle;
