package dev.ordo.processes;

/** A process of the reference model together with the current organization's tailoring of it. */
public record ProcessView(ProcessDescription process, ProcessTailoringView tailoring) {
}
