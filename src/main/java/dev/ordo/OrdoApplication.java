package dev.ordo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Ordo: an information security management system run as the 17 processes of the ISO/IEC TS 27022 process
 * reference model.
 *
 * <p>Each top-level package below {@code dev.ordo} is a Spring Modulith application module; the process modules are
 * named after the TS 27022 process they implement. {@code shared} holds value types only and may be used by all.
 */
@Modulithic(systemName = "Ordo", sharedModules = "shared")
@SpringBootApplication
public class OrdoApplication {

	public static void main(String[] args) {
		SpringApplication.run(OrdoApplication.class, args);
	}
}
