/** Persistence base types every module's entities build on. */
@org.springframework.modulith.NamedInterface("persistence")
package dev.ordo.platform.persistence;
