/**
 * The yearly programme of cooperation with NGOs (UDPP art. 5a), its required contents, its
 * adoption and report dates, and the funds planned in it for NGO grants.
 *
 * <p>Polish: <i>roczny program współpracy z organizacjami pozarządowymi</i>.
 */
@LswStyle
package pl.lsw.core.financing.programme;

import pl.lsw.core.kernel.LswStyle;
