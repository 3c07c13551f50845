/** Deliberately bad types that prove the check of personal data of families bites. */
package pl.lsw.core.personaldatafixture;
