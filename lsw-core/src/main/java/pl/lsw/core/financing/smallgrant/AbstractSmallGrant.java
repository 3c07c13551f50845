package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.TextChecks;

import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A small grant outside a competition (UDPP art. 19a): one organisation's offer for one task, its
 * posting for comments, the comments and their consideration, and the contract.
 *
 * <p>The aggregate is an immutable value with an optimistic {@link #version()} (0 before it was
 * first stored). Every command returns {@code Either<Refusal, Change<SmallGrant>>}: a {@link pl.lsw.core.kernel.Refusal} listing
 * every reason, or the changed grant with its {@link SmallGrantEvent}s. What a command may do
 * follows from the {@link #status()} ({@link SmallGrantStatus#allows}). Commands check the facts of
 * the procedure (order of dates, every comment considered); the statutory limits (amount, duration,
 * scope, publication, comment period, yearly cap, budget share) are rules in {@link
 * SmallGrantRules}, which {@link SmallGrantService} runs before the contract is signed.
 *
 * <p>Polish: <i>mały grant (zlecenie realizacji zadania publicznego z pominięciem otwartego
 * konkursu ofert)</i>.
 */
@Value.Immutable
abstract class AbstractSmallGrant {

  /**
   * The order in which the cross-grant limits accumulate grants: by {@link #grantDate()}, then by
   * id (as text), so that the result does not depend on the order grants are listed in.
   */
  public static final Comparator<SmallGrant> ACCUMULATION_ORDER =
      Comparator.comparing(SmallGrant::grantDate).thenComparing(g -> g.id().toString());

  /** The grant's id. */
  public abstract GrantId id();

  /** The stored version: 0 before first stored, n + 1 after each save. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The body the offer was made to. */
  public abstract GrantingBody body();

  /** The applicant organisation. */
  public abstract OrganisationId applicant();

  /** The applicant's NIP, when given. */
  public abstract Optional<Nip> applicantNip();

  /** The task's title. */
  public abstract String taskTitle();

  /** Whether the task is of local or regional character. */
  public abstract boolean localOrRegional();

  /** The days the task runs, both ends included. */
  public abstract DateRange taskPeriod();

  /** The grant amount. */
  public abstract Money amount();

  /** Support or entrusting. */
  public abstract FundingMode mode();

  /** The day the offer came in; the date that selects the parameters of every rule. */
  public abstract LocalDate offerReceived();

  /** The postings of the offer, at most one per place, in the order recorded. */
  public abstract java.util.List<Publication> publications();

  /** The comments, in the order received; a comment is addressed by its index. */
  public abstract java.util.List<Comment> comments();

  /** The day the comment period was closed, once it was. */
  public abstract Optional<LocalDate> commentPeriodClosedOn();

  /** The contract date, once signed. */
  public abstract Optional<LocalDate> contractDate();

  /** The day the grant was refused or withdrawn, once it was. */
  public abstract Optional<LocalDate> endedOn();

  /** The reason of a refusal. */
  public abstract Optional<String> refusalReason();

  /** The status. */
  @Value.Default
  public SmallGrantStatus status() {
    return SmallGrantStatus.RECEIVED;
  }

  /**
   * The date the grant counts on for the yearly cap and the budget share: the contract date once
   * signed, otherwise the offer receipt date.
   */
  public LocalDate grantDate() {
    return contractDate().orElse(offerReceived());
  }

  /** The calendar (and budget) year of {@link #grantDate()}. */
  public int grantYear() {
    return grantDate().getYear();
  }

  /** The posting in {@code place}, if any. */
  public Optional<Publication> publicationIn(PublicationPlace place) {
    return publications().stream().filter(p -> p.place() == place).findFirst();
  }

  private static final pl.lsw.core.kernel.Label TITLE =
      pl.lsw.core.kernel.Label.of("Tytuł zadania", "The task's title");

  /** Checks the invariants; throws with every problem. */
  @Value.Check
  protected void check() {
    List<Problem> problems = List.empty();
    if (version() < 0) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_VERSION", "version", version()));
    }
    problems = problems.appendAll(offerProblems(taskTitle(), amount(), taskPeriod()));
    if (publications().stream().map(Publication::place).distinct().count() != publications().size()) {
      java.util.Set<PublicationPlace> seen = java.util.EnumSet.noneOf(PublicationPlace.class);
      java.util.Set<PublicationPlace> twice = java.util.EnumSet.noneOf(PublicationPlace.class);
      publications().forEach(p -> (seen.add(p.place()) ? seen : twice).add(p.place()));
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_PUBLICATION_TWICE",
          "place", twice));
    }
    if ((status() == SmallGrantStatus.CONTRACTED) != contractDate().isPresent()) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_CONTRACT_DATE",
          "contracted", SmallGrantStatus.CONTRACTED, "status", status(), "contractDate", contractDate().orElse(null)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static List<Problem> offerProblems(String title, Money amount, DateRange period) {
    List<Problem> problems = List.empty();
    if (title == null || TextChecks.isBlank(title)) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_TITLE"));
    }
    problems = problems.appendAll(SmallGrantProblems.pesel("taskTitle", "SMALL_GRANT_TITLE",
        TITLE, title));
    if (amount == null || !amount.isPositive()) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_AMOUNT", "amount", amount));
    }
    if (period == null) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_PERIOD"));
    }
    return problems;
  }

  /**
   * Starts a small grant from an offer that came in: status {@code RECEIVED}, version 0. Refused
   * with every problem when the title is blank or the amount not positive. A task that breaks a
   * statutory limit is still received: the rules report it.
   *
   * @param id the new grant's id
   * @param offer the offer
   * @param now when it is recorded
   */
  public static Either<Refusal, Change<SmallGrant>> receive(GrantId id, SmallGrantOffer offer, Instant now) {
    List<Problem> problems = offerProblems(offer.taskTitle(), offer.amount(), offer.taskPeriod());
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems.asJava()));
    }
    SmallGrant g = SmallGrant.builder()
        .id(id)
        .body(offer.body())
        .applicant(offer.applicant())
        .applicantNip(offer.applicantNip())
        .taskTitle(offer.taskTitle().trim())
        .localOrRegional(offer.localOrRegional())
        .taskPeriod(offer.taskPeriod())
        .amount(offer.amount())
        .mode(offer.mode())
        .offerReceived(offer.offerReceived())
        .build();
    return Either.right(Change.of(g, new SmallGrantEvent.OfferReceived(id, offer.offerReceived(), now)));
  }

  private List<Problem> notAllowed(SmallGrantAction action) {
    return status().allows(action) ? List.empty()
        : List.of(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_STATUS", "status", status(),
            "action", action));
  }

  private Either<Refusal, Change<SmallGrant>> decide(Seq<Problem> problems, java.util.function.Supplier<Change<SmallGrant>> change) {
    return problems.isEmpty() ? Either.right(change.get()) : Either.left(Refusal.of(problems.asJava()));
  }

  /**
   * Records the posting of the offer in one place; the status becomes {@code PUBLISHED}. Refused
   * when the status does not allow it, the place already has a posting, or the posting starts before
   * the offer came in.
   */
  public Either<Refusal, Change<SmallGrant>> publish(Publication publication, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.PUBLISH);
    if (publicationIn(publication.place()).isPresent()) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_PUBLICATION_TWICE",
          "place", publication.place()));
    }
    if (publication.postedFrom().isBefore(offerReceived())) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_PUBLICATION_BEFORE_RECEIPT",
          "posted", publication.postedFrom(), "received", offerReceived()));
    }
    return decide(problems, () -> Change.of(
        SmallGrant.copyOf(this).withPublications(append(publications(), publication))
            .withStatus(SmallGrantStatus.PUBLISHED),
        new SmallGrantEvent.OfferPublished(id(), publication, now)));
  }

  /**
   * Records a comment. Refused when the status does not allow it or the comment is dated before
   * the offer was first posted.
   */
  public Either<Refusal, Change<SmallGrant>> receiveComment(Comment comment, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.RECEIVE_COMMENT);
    Optional<LocalDate> first = publications().stream().map(Publication::postedFrom).min(Comparator.naturalOrder());
    if (first.isPresent() && comment.received().isBefore(first.get())) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_COMMENT_BEFORE_POSTING",
          "received", comment.received(), "posted", first.get()));
    }
    int index = comments().size();
    return decide(problems, () -> Change.of(
        SmallGrant.copyOf(this).withComments(append(comments(), comment)),
        new SmallGrantEvent.CommentReceived(id(), index, comment, now)));
  }

  /**
   * Records how the comment at {@code index} was considered. Refused when the status does not allow
   * it, there is no such comment, it was considered already, or the consideration is dated before
   * the comment.
   */
  public Either<Refusal, Change<SmallGrant>> considerComment(int index, Consideration consideration, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.CONSIDER_COMMENT);
    if (index < 0 || index >= comments().size()) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_COMMENT_UNKNOWN",
          "number", index + 1, "count", comments().size()));
      return Either.left(Refusal.of(problems.asJava()));
    }
    Comment c = comments().get(index);
    if (c.isConsidered()) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_COMMENT_CONSIDERED",
          "number", index + 1));
    }
    if (consideration.date().isBefore(c.received())) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_CONSIDERATION_BEFORE_COMMENT",
          "considered", consideration.date(), "received", c.received()));
    }
    java.util.List<Comment> changed = new java.util.ArrayList<>(comments());
    changed.set(index, c.considered(consideration));
    return decide(problems, () -> Change.of(SmallGrant.copyOf(this).withComments(changed),
        new SmallGrantEvent.CommentConsidered(id(), index, consideration, now)));
  }

  /**
   * Closes the comment period on {@code on}; the status becomes {@code COMMENT_PERIOD_CLOSED}.
   * Refused when the status does not allow it or {@code on} is before a posting. Whether the
   * statutory period had run is checked by {@code FIN-SMALL-GRANT-COMMENTS}.
   */
  public Either<Refusal, Change<SmallGrant>> closeCommentPeriod(LocalDate on, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.CLOSE_COMMENT_PERIOD);
    Optional<LocalDate> last = publications().stream().map(Publication::postedFrom).max(Comparator.naturalOrder());
    if (last.isPresent() && on.isBefore(last.get())) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_CLOSED_BEFORE_POSTING",
          "on", on, "posted", last.get()));
    }
    return decide(problems, () -> Change.of(
        SmallGrant.copyOf(this).withCommentPeriodClosedOn(on).withStatus(SmallGrantStatus.COMMENT_PERIOD_CLOSED),
        new SmallGrantEvent.CommentPeriodClosed(id(), on, now)));
  }

  /**
   * Signs the contract on {@code date}; the status becomes {@code CONTRACTED}. Refused when the
   * status does not allow it, a comment is not considered, or the date is before the comment period
   * was closed or before a consideration. {@link SmallGrantService#signContract} also runs the
   * statutory rules first.
   */
  public Either<Refusal, Change<SmallGrant>> signContract(LocalDate date, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.SIGN_CONTRACT);
    if (commentPeriodClosedOn().isPresent() && date.isBefore(commentPeriodClosedOn().get())) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_CONTRACT_BEFORE_CLOSE",
          "date", date, "closed", commentPeriodClosedOn().get()));
    }
    for (int i = 0; i < comments().size(); i++) {
      Comment c = comments().get(i);
      if (!c.isConsidered()) {
        problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_COMMENT_NOT_CONSIDERED",
            "number", i + 1, "received", c.received()));
      } else if (c.consideration().get().date().isAfter(date)) {
        problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_CONTRACT_BEFORE_CONSIDERATION",
            "date", date, "number", i + 1, "considered", c.consideration().get().date()));
      }
    }
    return decide(problems, () -> Change.of(
        SmallGrant.builder().from(this).contractDate(date).status(SmallGrantStatus.CONTRACTED).build(),
        new SmallGrantEvent.Contracted(id(), date, now)));
  }

  /** Refuses the task on {@code on} with a reason; the status becomes {@code REFUSED}. */
  public Either<Refusal, Change<SmallGrant>> refuse(LocalDate on, String reason, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.REFUSE);
    if (reason == null || TextChecks.isBlank(reason)) {
      problems = problems.append(SmallGrantProblems.PROBLEMS.problem("", "SMALL_GRANT_REFUSAL_REASON"));
    }
    problems = problems.appendAll(SmallGrantProblems.pesel("reason", "SMALL_GRANT_REFUSAL_REASON",
        pl.lsw.core.kernel.Label.of("Powód odmowy", "The reason for refusal"), reason));
    return decide(problems, () -> Change.of(
        SmallGrant.copyOf(this).withEndedOn(on).withRefusalReason(reason.trim()).withStatus(SmallGrantStatus.REFUSED),
        new SmallGrantEvent.Refused(id(), on, reason.trim(), now)));
  }

  /** Records that the organisation withdrew its offer on {@code on}; the status becomes {@code WITHDRAWN}. */
  public Either<Refusal, Change<SmallGrant>> withdraw(LocalDate on, Instant now) {
    List<Problem> problems = notAllowed(SmallGrantAction.WITHDRAW);
    return decide(problems, () -> Change.of(
        SmallGrant.copyOf(this).withEndedOn(on).withStatus(SmallGrantStatus.WITHDRAWN),
        new SmallGrantEvent.Withdrawn(id(), on, now)));
  }

  private static <T> java.util.List<T> append(java.util.List<T> list, T item) {
    java.util.List<T> out = new java.util.ArrayList<>(list);
    out.add(item);
    return out;
  }
}
