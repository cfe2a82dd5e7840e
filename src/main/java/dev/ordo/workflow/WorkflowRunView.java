package dev.ordo.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One process run (a BPMN process instance) as the engine's history tells it: the lineage behind a record that a
 * process produced, so an auditor can follow a risk, an acceptance or a tailoring decision back to the run, its
 * steps and who decided what (ISO/IEC 27001:2022 7.5.3, control of documented information; TS 27022 clause 5, each
 * process has defined activities and results).
 *
 * @param id             process instance id
 * @param processKey     BPMN process id, e.g. {@code riskReassessment}
 * @param processName    the BPMN process's name
 * @param module         the Ordo module whose model it is (the folder under {@code processes/})
 * @param clause         TS 27022 clause of the process the module implements, {@code null} when it implements none
 * @param tsProcess      name of that TS 27022 process, {@code null} likewise
 * @param businessKey    the record the run is about
 * @param startedAt      when it started
 * @param startedBy      user id of the person who started it, {@code null} when the system did (timers, events)
 * @param startedByName  that person's display name
 * @param endedAt        when it ended, {@code null} while running
 * @param state          running, completed or cancelled
 * @param cancelReason   why it was cancelled, {@code null} otherwise
 * @param steps          tasks and events, in the order they started
 */
public record WorkflowRunView(String id, String processKey, String processName, String module, String clause,
		String tsProcess, String businessKey, Instant startedAt, String startedBy, String startedByName,
		Instant endedAt, State state, String cancelReason, List<Step> steps) {

	/** Where a run stands. */
	public enum State {
		RUNNING, COMPLETED, CANCELLED
	}

	/** What kind of BPMN element a step is. */
	public enum StepType {
		USER_TASK, SERVICE_TASK, EVENT, END
	}

	/**
	 * One step of a run.
	 *
	 * @param activityId      BPMN element id
	 * @param name            its name (expressions resolved for user tasks)
	 * @param type            user task, automated task, event, end
	 * @param startedAt       when it began
	 * @param endedAt         when it ended, {@code null} while open
	 * @param assignee        user id it was assigned to (user tasks)
	 * @param assigneeName    that person's display name
	 * @param candidateGroups roles it was offered to (user tasks)
	 * @param completedBy     user id of the person who completed it; {@code null} when it is open, automated, or
	 *                        was ended by an event (e.g. the work was done on the record's page)
	 * @param completedByName that person's display name
	 * @param outcome         {@code open}, {@code completed}, or why it ended otherwise
	 * @param decision        what the person decided, as the owning module's task form recorded it (e.g.
	 *                        {@code approved}, {@code comment}); empty when none
	 */
	public record Step(String activityId, String name, StepType type, Instant startedAt, Instant endedAt,
			String assignee, String assigneeName, List<String> candidateGroups, String completedBy,
			String completedByName, String outcome, Map<String, Object> decision) {
	}
}
