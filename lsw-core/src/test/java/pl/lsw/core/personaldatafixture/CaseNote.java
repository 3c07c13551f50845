package pl.lsw.core.personaldatafixture;

/**
 * A deliberately bad record: a note with a health diagnosis and a member's surname.
 *
 * @param text the note
 * @param diagnosis refused
 * @param memberSurname refused, even when allow-listed
 */
public record CaseNote(String text, String diagnosis, String memberSurname) {}
