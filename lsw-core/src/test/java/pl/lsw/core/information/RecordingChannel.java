package pl.lsw.core.information;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.lsw.core.organisation.OrganisationId;

/** A channel that records each message and delivers to everyone except the organisations told to fail. */
public final class RecordingChannel implements InformationChannel {

  /** The messages handed over, in order. */
  public final List<InformationMessage> messages = new ArrayList<>();

  /** The organisations whose delivery fails, with the reason. */
  public final Map<OrganisationId, String> failing = new HashMap<>();

  @Override
  public synchronized Map<OrganisationId, DeliveryOutcome> deliver(InformationMessage message) {
    messages.add(message);
    Map<OrganisationId, DeliveryOutcome> out = new HashMap<>();
    for (Recipient r : message.recipients()) {
      String reason = failing.get(r.organisation());
      out.put(r.organisation(), reason == null ? DeliveryOutcome.success()
          : DeliveryOutcome.failure(reason));
    }
    return out;
  }
}
