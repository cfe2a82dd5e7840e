package dev.ordo.processes;

import java.util.List;

/**
 * The process map as a graph: the 17 processes, the participants outside them, and every interaction.
 */
public record ProcessGraph(List<Node> nodes, List<ProcessInteraction> edges) {

	/**
	 * A node: a process (with its category) or a participant (category {@code null}).
	 */
	public record Node(String id, String key, String name, String shortName, ProcessCategory category,
			Boolean applicable, MemberRef owner) {
	}
}
