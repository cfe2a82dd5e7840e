package dev.ordo.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs BPMN processes for the current organization.
 *
 * <p>BPMN owns the flow (which step is next, who does it, timers); modules own the data and are called back by
 * their own delegates.
 */
public interface Workflows {

	/**
	 * Starts the latest version of process {@code processKey} for {@code businessKey}, in the current organization.
	 *
	 * @return the process instance id
	 */
	String start(String processKey, String businessKey, Map<String, Object> variables);

	/** Open tasks the current person may work on: assigned to them, or offered to them or one of their roles. */
	List<WorkflowTask> inbox();

	/** Open tasks of a business record, whoever may work on them. */
	List<WorkflowTask> openTasks(String businessKey);

	/** One open task of the current organization, if the current person may see it. */
	Optional<WorkflowTask> task(String taskId);

	/**
	 * Completes a task as the current person, after the owning module's {@link TaskForm} checked the data.
	 *
	 * @throws dev.ordo.shared.NotFound     when there is no such open task for this person
	 * @throws dev.ordo.shared.AccessDenied when the person may see but not complete it
	 */
	void complete(String taskId, Map<String, Object> formData);

	/**
	 * Delivers message {@code messageName} to the current organization's runs of {@code businessKey} that wait for
	 * it, e.g. a boundary event that ends a task because its work was done elsewhere (a risk re-rated on its page).
	 *
	 * @return how many waiting runs received it (0 when none waits)
	 */
	int message(String businessKey, String messageName);

	/**
	 * Ends a running process instance of the current organization before it reaches an end event, with its open
	 * tasks and timers, e.g. an approval whose subject changed so that its decision would be about something else.
	 * The history keeps the instance with {@code reason} as why it was deleted.
	 *
	 * @return {@code true} when it was running, {@code false} when it had ended already
	 * @throws dev.ordo.shared.NotFound when the current organization has no such process instance (one of another
	 *                                  organization is never touched)
	 */
	boolean cancel(String processInstanceId, String reason);

	/**
	 * Gives an open task of the current organization to someone else, e.g. when the person responsible for its record
	 * changed: {@code assignee} (a user id), or nobody, so that the candidate groups take it. {@code candidateGroup},
	 * when given, is offered the task too (once), so that an unassigned task is never left without anyone to do it.
	 *
	 * @throws dev.ordo.shared.NotFound when the current organization has no such open task
	 */
	void reassign(String taskId, String assignee, String candidateGroup);

	/**
	 * Sets a variable of a running process instance of the current organization, e.g. the new responsible person a
	 * task form checks against.
	 *
	 * @throws dev.ordo.shared.NotFound when the current organization has no such running instance
	 */
	void setVariable(String processInstanceId, String name, Object value);

	/**
	 * Open tasks of the current organization's runs of process {@code processKey} assigned to {@code assignee}
	 * (a user id), oldest first, at most 100, e.g. to hand them on when the person leaves.
	 */
	List<WorkflowTask> assignedTasks(String processKey, String assignee);

	/** Whether the process instance has ended. */
	boolean hasEnded(String processInstanceId);

	/**
	 * One run of the current organization with its steps, from the engine's history: the lineage of what it produced.
	 *
	 * @throws dev.ordo.shared.NotFound when there is no such run in this organization
	 */
	WorkflowRunView run(String processInstanceId);
}
