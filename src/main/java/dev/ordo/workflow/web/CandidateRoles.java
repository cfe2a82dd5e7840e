package dev.ordo.workflow.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ordo.identity.Role;

/**
 * The roles a task is offered to, as people read them: "Top management" rather than the BPMN candidate group
 * {@code TOP_MANAGEMENT}. A group that is no role is shown as it is.
 */
public final class CandidateRoles {

	static final CandidateRoles INSTANCE = new CandidateRoles();

	private static final Map<String, String> LABELS = Arrays.stream(Role.values())
		.collect(Collectors.toUnmodifiableMap(Role::name, Role::label));

	private CandidateRoles() {
	}

	/** The groups' labels, separated by commas. */
	public String names(List<String> groups) {
		return groups.stream().map(g -> LABELS.getOrDefault(g, g)).collect(Collectors.joining(", "));
	}
}
