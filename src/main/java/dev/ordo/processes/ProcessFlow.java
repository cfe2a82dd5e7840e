package dev.ordo.processes;

/**
 * An input or result of a process: the artefact, and the process (or participant outside the model) it comes from
 * or goes to.
 *
 * @param artefact     what flows
 * @param counterpart  clause of the other process, or {@code *}, {@code *core}, {@code external:...}
 * @param counterpartName readable name of the other side
 */
public record ProcessFlow(String artefact, String counterpart, String counterpartName) {
}
