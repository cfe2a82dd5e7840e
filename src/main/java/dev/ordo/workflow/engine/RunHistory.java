package dev.ordo.workflow.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import dev.ordo.identity.Identity;
import dev.ordo.identity.MemberSummary;
import dev.ordo.shared.CurrentActor;
import dev.ordo.shared.NotFound;
import dev.ordo.workflow.WorkflowRunView;
import dev.ordo.workflow.WorkflowRunView.Step;
import dev.ordo.workflow.WorkflowRunView.StepType;

/**
 * Reads one run of the current organization from Flowable's history (history level {@code audit}: process, activity
 * and task instances with their identity links and variables). A fixed number of statements whatever the run's
 * length: the run, its deployment, its activities, its tasks with their candidates and decisions, the people named.
 */
@Component
class RunHistory {

	/** Prefix of the task-local copies of a task's decision (see {@link FlowableWorkflows#complete}). */
	static final String DECISION_PREFIX = "ordoDecision.";

	/** Process variable with the user id of the person who started the run (see {@link FlowableWorkflows#start}). */
	static final String STARTED_BY = "ordoStartedBy";

	private static final Map<String, StepType> SHOWN = Map.ofEntries(Map.entry("userTask", StepType.USER_TASK),
			Map.entry("serviceTask", StepType.SERVICE_TASK), Map.entry("scriptTask", StepType.SERVICE_TASK),
			Map.entry("sendTask", StepType.SERVICE_TASK), Map.entry("businessRuleTask", StepType.SERVICE_TASK),
			Map.entry("callActivity", StepType.SERVICE_TASK), Map.entry("boundaryEvent", StepType.EVENT),
			Map.entry("intermediateCatchEvent", StepType.EVENT), Map.entry("intermediateThrowEvent", StepType.EVENT),
			Map.entry("endEvent", StepType.END));

	private final HistoryService history;

	private final RepositoryService repository;

	private final Identity identity;

	private final ProcessModules modules;

	RunHistory(HistoryService history, RepositoryService repository, Identity identity, ProcessModules modules) {
		this.history = history;
		this.repository = repository;
		this.identity = identity;
		this.modules = modules;
	}

	WorkflowRunView run(String processInstanceId) {
		String tenant = CurrentActor.organizationId().toString();
		HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
			.processInstanceTenantId(tenant).includeProcessVariables(List.of(STARTED_BY)).singleResult();
		if (run == null) {
			throw new NotFound("Process run", processInstanceId);
		}
		// From the engine's cache of deployed models: no statement once the model has been used.
		String module = run.getProcessDefinitionId() == null ? null
				: modules.moduleOfModel(repository.getProcessDefinition(run.getProcessDefinitionId()).getResourceName());
		List<HistoricActivityInstance> activities = new ArrayList<>(history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId).activityTenantId(tenant).activityTypes(SHOWN.keySet()).list());
		activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
			.thenComparing(a -> a.getTransactionOrder() == null ? 0 : a.getTransactionOrder())
			.thenComparing(HistoricActivityInstance::getId));
		Map<String, HistoricTaskInstance> tasks = new HashMap<>();
		history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).taskTenantId(tenant)
			.includeIdentityLinks().includeTaskLocalVariables().list().forEach(t -> tasks.put(t.getId(), t));

		Object starter = run.getProcessVariables().get(STARTED_BY);
		String startedBy = starter != null ? starter.toString() : run.getStartUserId();
		Set<UUID> people = new HashSet<>();
		addPerson(people, startedBy);
		tasks.values().forEach(t -> {
			addPerson(people, t.getAssignee());
			addPerson(people, t.getCompletedBy());
		});
		Map<UUID, MemberSummary> members = people.isEmpty() ? Map.of() : identity.membersById(people);

		List<Step> steps = activities.stream().map(a -> step(a, tasks.get(a.getTaskId()), members)).toList();
		ProcessModules.TsProcess process = modules.process(module);
		WorkflowRunView.State state = run.getEndTime() == null ? WorkflowRunView.State.RUNNING
				: run.getDeleteReason() == null ? WorkflowRunView.State.COMPLETED : WorkflowRunView.State.CANCELLED;
		return new WorkflowRunView(run.getId(), run.getProcessDefinitionKey(), run.getProcessDefinitionName(), module,
				process == null ? null : process.clause(), process == null ? null : process.name(),
				run.getBusinessKey(), instant(run.getStartTime()), startedBy,
				name(startedBy, members), instant(run.getEndTime()), state, run.getDeleteReason(), steps);
	}

	private static Step step(HistoricActivityInstance a, HistoricTaskInstance task, Map<UUID, MemberSummary> members) {
		StepType type = SHOWN.get(a.getActivityType());
		String name = task != null && task.getName() != null ? task.getName() : a.getActivityName();
		List<String> groups = List.of();
		String assignee = a.getAssignee();
		String completedBy = null;
		Map<String, Object> decision = Map.of();
		if (task != null) {
			assignee = task.getAssignee();
			completedBy = task.getCompletedBy();
			groups = task.getIdentityLinks().stream()
				.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
				.map(IdentityLinkInfo::getGroupId).distinct().sorted().toList();
			decision = decision(task.getTaskLocalVariables());
		}
		String outcome;
		if (a.getEndTime() == null) {
			outcome = "open";
		}
		else if (a.getDeleteReason() != null && completedBy == null) {
			outcome = type == StepType.USER_TASK ? "ended without completion (" + a.getDeleteReason() + ")"
					: "interrupted (" + a.getDeleteReason() + ")";
		}
		else {
			outcome = "completed";
		}
		return new Step(a.getActivityId(), name, type, instant(a.getStartTime()), instant(a.getEndTime()), assignee,
				name(assignee, members), groups, completedBy, name(completedBy, members), outcome, decision);
	}

	private static Map<String, Object> decision(Map<String, Object> local) {
		Map<String, Object> decision = new java.util.TreeMap<>();
		local.forEach((key, value) -> {
			if (key.startsWith(DECISION_PREFIX) && value != null) {
				decision.put(key.substring(DECISION_PREFIX.length()), value);
			}
		});
		return decision;
	}

	private static void addPerson(Set<UUID> people, String userId) {
		UUID id = uuid(userId);
		if (id != null) {
			people.add(id);
		}
	}

	private static String name(String userId, Map<UUID, MemberSummary> members) {
		UUID id = uuid(userId);
		MemberSummary member = id == null ? null : members.get(id);
		return member == null ? null : member.displayName();
	}

	private static UUID uuid(String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAUser) {
			return null;
		}
	}

	private static java.time.Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}
}
