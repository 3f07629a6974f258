/**
 * Small YAML settings files read safely ({@link org.impactkit.read.yaml.YamlFile}): limits, no anchors,
 * every key with its line, and values read as the type a setting needs ({@link
 * org.impactkit.read.yaml.YamlNode}), a wrong one becoming a problem that names file, line and key.
 * {@code evaluation.SettingsFile} maps {@code evaluation.yaml} on top of it. Implementation detail;
 * not API.
 */
package org.impactkit.read.yaml;
