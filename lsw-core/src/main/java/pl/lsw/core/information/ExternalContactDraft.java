package pl.lsw.core.information;

import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.Sector;

/**
 * Raw input for an entry of the contact base of key external partners, as typed into a form;
 * checked by {@code ExternalContact.validate(ExternalContactId, ExternalContactDraft)}.
 *
 * <p>Polish: <i>formularz kontaktu zewnętrznego</i>.
 *
 * @param institution the institution's name
 * @param sector its sector, may be null (then refused)
 * @param contact the professional contact person, may be null (then refused)
 * @param note a note, or null or blank for none
 */
public record ExternalContactDraft(String institution, Sector sector, ContactPersonDraft contact,
    String note) {}
