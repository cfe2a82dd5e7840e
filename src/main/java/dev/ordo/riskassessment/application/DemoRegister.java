package dev.ordo.riskassessment.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.ordo.identity.DemoOrganizationCreated;
import dev.ordo.identity.Identity;
import dev.ordo.riskassessment.AssetView;
import dev.ordo.riskassessment.DemoRegisterCreated;
import dev.ordo.riskassessment.ImportReport;
import dev.ordo.riskassessment.domain.AssetRepository;
import dev.ordo.riskassessment.domain.RiskRepository;

/**
 * Fills the demo organization's risk assessment (TS 27022 7.4) so that a first look at Ordo finds a register to work
 * with: ten assets of every kind with their protection needs, the dependencies along which those needs are inherited,
 * and a dozen rated asset-based and event-based risks with their risk owners. The content is written in Ordo's own
 * words ({@code demo/*.csv}) and goes through the ordinary import as the demo's ISMS manager, so it is checked,
 * recorded in the rating history and audit trail, and shaped exactly like a user's own import. Then
 * {@link DemoRegisterCreated} lets risk treatment add its part.
 */
@Component
class DemoRegister {

	private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

	/** Supporting asset → the assets it supports: the hosting carries the systems, the systems carry the process. */
	static final List<String[]> DEPENDENCIES = List.of(
			new String[] { "Managed hosting provider", "ERP system" },
			new String[] { "Managed hosting provider", "Customer web portal" },
			new String[] { "ERP system", "Order to cash" },
			new String[] { "Customer web portal", "Order to cash" },
			new String[] { "Finance team", "Order to cash" });

	private final Identity identity;

	private final AssetFiles assetFiles;

	private final RiskFiles riskFiles;

	private final AssetService assetService;

	private final AssetRepository assets;

	private final RiskRepository risks;

	private final ApplicationEventPublisher events;

	DemoRegister(Identity identity, AssetFiles assetFiles, RiskFiles riskFiles, AssetService assetService,
			AssetRepository assets, RiskRepository risks, ApplicationEventPublisher events) {
		this.identity = identity;
		this.assetFiles = assetFiles;
		this.riskFiles = riskFiles;
		this.assetService = assetService;
		this.assets = assets;
		this.risks = risks;
		this.events = events;
	}

	@EventListener
	void on(DemoOrganizationCreated demo) {
		identity.actAs(demo.organizationId(), demo.ismsManagerId(), () -> {
			report("assets", assetFiles.importFile(Tables.Format.CSV, open("demo/assets.csv"), "demo-assets.csv"));
			Map<String, UUID> byName = new HashMap<>();
			for (AssetView.AssetRef ref : assets.allRefs()) {
				byName.put(ref.name(), ref.id());
			}
			for (String[] link : DEPENDENCIES) {
				assetService.addDependency(byName.get(link[0]), byName.get(link[1]));
			}
			report("risks", riskFiles.importFile(Tables.Format.CSV, open("demo/risks.csv"), "demo-risks.csv"));
			Map<String, UUID> risksByTitle = new HashMap<>();
			risks.findAll().forEach(r -> risksByTitle.put(r.getTitle(), r.getId()));
			events.publishEvent(new DemoRegisterCreated(demo.organizationId(), demo.ismsManagerId(), risksByTitle));
		});
	}

	/** A rejected demo row is a mistake in Ordo's own files: said loudly, but the start goes on. */
	private static void report(String what, ImportReport report) {
		if (report.rejectedCount() > 0) {
			log.warn("Demo {}: {} rows rejected: {}", what, report.rejectedCount(), report.rejected());
		}
		else {
			log.debug("Demo {}: {} imported", what, report.imported());
		}
	}

	private static InputStream open(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
