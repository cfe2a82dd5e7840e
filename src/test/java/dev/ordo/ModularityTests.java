package dev.ordo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The code map is the process map: module boundaries hold, the module documentation is regenerated into
 * {@code docs/modules}, and every bean a BPMN model calls belongs to the module that owns the model.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OrdoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Spring Modulith runs each module's Flyway migrations; to know the modules at start-up it would scan the whole
	 * classpath (about ten seconds), unless the module list is precomputed in
	 * {@code META-INF/spring-modulith/application-modules.json}. This test keeps that file in step with the code: it
	 * rewrites it when the modules changed and fails, so the change gets committed.
	 */
	@Test
	void precomputedModuleListIsCurrent() throws IOException {
		Path file = Path.of("src/main/resources/" + ApplicationModulesExporter.DEFAULT_LOCATION);
		String current = new ApplicationModulesExporter(modules).toJson();
		JsonMapper json = JsonMapper.builder().build();
		boolean unchanged = Files.exists(file)
				&& sorted(json.readTree(Files.readString(file))).equals(sorted(json.readTree(current)));
		if (!unchanged) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(current)) + "\n");
		}
		assertThat(unchanged).as("%s was stale and has been rewritten; commit it", file).isTrue();
	}

	/**
	 * The exporter lists dependencies, and their keys, in an order that differs between runs; order carries no
	 * meaning here, so both are sorted before comparing.
	 */
	private static JsonNode sorted(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = object.objectNode();
			object.propertyNames().stream().sorted().forEach(name -> copy.set(name, sorted(object.get(name))));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = array.arrayNode();
			array.valueStream().map(ModularityTests::sorted).sorted(Comparator.comparing(JsonNode::toString)).forEach(copy::add);
			return copy;
		}
		return node;
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(new java.io.File("docs/modules/components.puml")).exists();
	}

	/** Renders the module map to SVG (PlantUML's built-in layout, no Graphviz needed) for docs/architecture.md. */
	@Test
	void rendersTheModuleMapAsSvg() throws IOException {
		Path source = Path.of("docs/modules/components.puml");
		if (!Files.exists(source)) {
			writesTheModuleDocumentation();
		}
		String puml = Files.readString(source).replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
		ByteArrayOutputStream svg = new ByteArrayOutputStream();
		new SourceStringReader(puml).outputImage(svg, new FileFormatOption(FileFormat.SVG));
		String rendered = svg.toString(StandardCharsets.UTF_8);
		assertThat(rendered).contains("<svg").contains("Records").contains("Workflow");
		Files.writeString(Path.of("docs/modules/components.svg"), rendered);
	}

	@Test
	void bpmnModelsCallOnlyBeansOfTheirOwnModule() throws IOException {
		Pattern beanCall = Pattern.compile("\\$\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\.");
		Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:/processes/*/*.bpmn20.xml");
		assertThat(models).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Resource model : models) {
			String path = model.getURL().getPath();
			String folder = path.substring(0, path.lastIndexOf('/'));
			String moduleName = folder.substring(folder.lastIndexOf('/') + 1);
			ApplicationModule module = modules.getModuleByName(moduleName).orElse(null);
			if (module == null) {
				problems.add(model.getFilename() + " lies in processes/" + moduleName + ", which is no module");
				continue;
			}
			String xml = model.getContentAsString(StandardCharsets.UTF_8);
			Matcher m = beanCall.matcher(xml);
			while (m.find()) {
				String bean = m.group(1);
				if (bean.equals("execution") || bean.equals("task")) {
					continue;
				}
				boolean owned = module.getSpringBeans().stream().anyMatch(b -> {
					Class<?> type = b.getType().reflect();
					Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
					String name = component != null && StringUtils.hasText(component.value()) ? component.value()
							: StringUtils.uncapitalize(type.getSimpleName());
					return name.equals(bean);
				});
				if (!owned) {
					problems.add(model.getFilename() + " calls bean '" + bean + "', which module " + moduleName
							+ " does not declare");
				}
			}
		}
		assertThat(problems).isEmpty();
	}
}
