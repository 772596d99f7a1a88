package vn.gov.quangngai.baocao.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The objects deploy/k8s/README.md tells an operator to apply (its yaml blocks) validate like the manifests do. */
class ReadmeExamplesTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyYamlExampleOfTheReadmeValidatesAgainstItsSchema() {
        List<ObjectNode> examples = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(Manifests.readme());
        while (block.find()) {
            examples.addAll(Manifests.parse(block.group(1)));
        }
        List<String> problems = new ArrayList<>();
        examples.forEach(e -> problems.addAll(Overlays.schemas().problems(e)));

        assertThat(examples).as("the README's yaml examples").isNotEmpty();
        assertThat(problems).isEmpty();
    }
}
