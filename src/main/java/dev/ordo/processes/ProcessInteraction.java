package dev.ordo.processes;

/**
 * An arrow of the process map: an artefact that one process hands to another.
 *
 * @param from     clause of the producing process, or a participant ({@code *}, {@code external:...})
 * @param to       clause of the consuming process, or a participant
 * @param artefact what flows
 * @param inferred whether Ordo's reading of the standard inferred it rather than found it stated
 */
public record ProcessInteraction(String from, String to, String artefact, boolean inferred) {
}
