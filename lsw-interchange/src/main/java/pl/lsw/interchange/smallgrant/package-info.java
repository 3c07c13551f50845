/**
 * The register of small grants (UDPP art. 19a) in CSV: reading it ({@link
 * pl.lsw.interchange.smallgrant.SmallGrantRegisterReader}), checking it in one call ({@link
 * pl.lsw.interchange.smallgrant.SmallGrantRegisterCheck}) and writing the report for people in
 * Polish and English, as text or CSV ({@link
 * pl.lsw.interchange.smallgrant.SmallGrantRegisterReportWriter}). The rules themselves are those of
 * {@code pl.lsw.core.financing.smallgrant}; this package only reads and writes files.
 *
 * <h2>The format</h2>
 *
 * <ul>
 *   <li><b>Encoding.</b> UTF-8, with or without a byte order mark; a file whose bytes are not
 *       valid UTF-8 (decoded strictly) is read as windows-1250, what Polish Excel saves.
 *   <li><b>Separator.</b> Found in the header line: a semicolon {@code ;} when the header has one
 *       (the usual choice: the comma is the Polish decimal separator), otherwise a comma {@code ,}
 *       (then amounts with a decimal comma must be quoted, {@code "8000,50"}, or written {@code
 *       8000.50}). A field may be enclosed in double quotes; a quote inside is written twice
 *       ({@code "Fundacja ""Korale"""}). A field never spans lines.
 *   <li><b>Lines.</b> Numbered from 1, counting every line (comments and empty lines included).
 *       Each line is exactly one of:
 *       <ul>
 *         <li>empty (blank) — skipped;
 *         <li>a planned-budget line, anywhere: its first field is {@code #planned-budget}, then
 *             TERYT code, year and amount ({@code #planned-budget;1465011;2026;1 000 000,00 zł})
 *             — the NGO-grant budget planned under that area for the year (a later line of the
 *             same area and year wins). The 20% share ({@code FIN-SMALL-GRANT-BUDGET-SHARE})
 *             belongs to the local government: the city's plan ({@code 1465011}) is the base for
 *             the grants of the city and every district board together, and without it the share
 *             is unknown. A district's own line is its allotment ({@code
 *             FIN-SMALL-GRANT-DISTRICT-ALLOTMENT}, a recommendation). A malformed plan line is a
 *             malformed row;
 *         <li>a comment: before the header, any line starting with {@code #}; after the header,
 *             a line starting with {@code #} that has no separator outside quotes. A line after
 *             the header that starts with {@code #} and has a separator is a <em>data row</em>
 *             (a register number may start with {@code #}), so no row is ever dropped silently:
 *             with a wrong number of fields it is a malformed row;
 *         <li>the header: the first other line, exactly the 17 {@link
 *             pl.lsw.interchange.smallgrant.SmallGrantRegisterFormat#COLUMNS} in order (case and
 *             surrounding spaces ignored). A wrong header is a malformed row, and then no data
 *             row is read (a file problem says how many were not);
 *         <li>a data row: one grant, read or reported as malformed with every reason.
 *       </ul>
 * </ul>
 *
 * <table>
 *   <caption>The columns</caption>
 *   <tr><th>column</th><th>meaning</th><th>format</th></tr>
 *   <tr><td>{@code grant_id}</td><td>the body's register number, unique in the file (a repeated
 *       number makes the later row malformed)</td><td>text, e.g. {@code MG/08/2026/0001}</td></tr>
 *   <tr><td>{@code body_teryt}</td><td>TERYT code of the granting body's area; a Warsaw district
 *       ({@code 14650x8}) means its board, {@code 1465011} the President of Warsaw</td><td>7 digits</td></tr>
 *   <tr><td>{@code org_nip}</td><td>the applicant's NIP; rows with the same NIP are one
 *       organisation</td><td>10 digits, dashes allowed, check digit checked</td></tr>
 *   <tr><td>{@code org_name}</td><td>the applicant's name</td><td>text</td></tr>
 *   <tr><td>{@code task_title}</td><td>the public task</td><td>text</td></tr>
 *   <tr><td>{@code amount}</td><td>the grant, positive</td><td>{@code 8 000,00 zł}, {@code 8000,50},
 *       {@code 8000.50}</td></tr>
 *   <tr><td>{@code task_start}, {@code task_end}</td><td>first and last day of the task, both
 *       included</td><td>{@code 2026-03-01} or {@code 01.03.2026}</td></tr>
 *   <tr><td>{@code offer_received}</td><td>the day the offer came in (selects the parameters of
 *       every rule)</td><td>date</td></tr>
 *   <tr><td>{@code bip_from}, {@code bip_until}</td><td>the offer posted in the Public Information
 *       Bulletin, first and last day</td><td>dates, both empty = not posted</td></tr>
 *   <tr><td>{@code board_from}, {@code board_until}</td><td>… on the notice board at the body's
 *       seat</td><td>dates, both empty = not posted</td></tr>
 *   <tr><td>{@code website_from}, {@code website_until}</td><td>… on the body's website</td><td>dates,
 *       both empty = not posted</td></tr>
 *   <tr><td>{@code local}</td><td>the task is of local or regional character</td><td>{@code tak}/{@code
 *       nie} (also {@code true}/{@code false}, {@code 1}/{@code 0}, {@code yes}/{@code no})</td></tr>
 *   <tr><td>{@code contract_date}</td><td>the contract signing day</td><td>date, empty = not signed
 *       yet</td></tr>
 * </table>
 *
 * <p><b>Dates</b> are {@code YYYY-MM-DD} or {@code DD.MM.YYYY}, real calendar days, from 2010-01-01
 * to ten years after the day of the check; any other date (2009, year -1, 30 February) makes its
 * row malformed. A posting must not start before the offer came in, nor a contract be dated
 * before it.
 *
 * <p><b>What is checked.</b> A row with a contract date is checked as contracted; without one, as
 * posted (or only received when no posting is given). Each grant is checked against the grants
 * of the same organisation and local government (yearly cap {@code FIN-SMALL-GRANT-YEARLY-CAP}),
 * of the same local government (budget share) that come before it by grant date (the contract
 * date, or the receipt date while unsigned), then by an id derived from the register number ({@link
 * pl.lsw.core.financing.smallgrant.SmallGrantChecker#registerGrantId}), the same in every run.
 *
 * <p><b>Errors.</b> Reading never throws for bad content: {@link
 * pl.lsw.interchange.smallgrant.SmallGrantRegister} holds every row read, every malformed row
 * with its line number and every reason as bilingual {@link pl.lsw.core.kernel.Problem}s (the
 * path is the column), and the file's own problems (empty, no header, wrong header). A source
 * that cannot be read (missing, a directory, an I/O error) throws {@link
 * pl.lsw.interchange.smallgrant.UnreadableRegisterException}.
 *
 * <p>Polish: <i>wymiana danych: rejestr małych grantów w CSV</i>.
 */
package pl.lsw.interchange.smallgrant;
