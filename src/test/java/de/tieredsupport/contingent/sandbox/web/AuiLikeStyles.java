package de.tieredsupport.contingent.sandbox.web;

/**
 * The sandbox's stand-in for a few of AUI's looks, used only where the build could not fetch AUI itself
 * ({@link AuiAssets}: no npm or no registry): AUI's page layout markup the sandbox's frame uses ({@link #LAYOUT}) and
 * the class names the plugin's markup uses ({@link #CSS}: buttons, messages, lozenges, tables, AUI forms). Never
 * packaged.
 */
final class AuiLikeStyles {

    /** AUI's page layout: {@code #page}, {@code #header .aui-header}, {@code #content}, page header, panel, footer. */
    static final String LAYOUT = "body{font:14px/1.45 -apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:0;"
            + "color:#172b4d;background:#f4f5f7}h1{font-size:24px;font-weight:500;margin:16px 0 8px}"
            + "h2{font-size:20px;font-weight:500;margin:20px 0 8px}h3{font-size:16px;font-weight:600;margin:16px 0 4px}"
            + "#header .aui-header{background:#0052cc;color:#fff;padding:8px 20px}#header .aui-header a{color:#fff;"
            + "text-decoration:none}.aui-header-inner,.aui-header-primary{display:flex;gap:24px;align-items:center}"
            + ".aui-header-secondary{margin-left:auto}.aui-header .aui-nav{list-style:none;margin:0;padding:0;"
            + "display:flex;gap:16px;align-items:center}.aui-header-logo-device{font-weight:600}"
            + ".aui-page-header-inner{padding:8px 20px 0}.aui-page-header h1{margin:8px 0}.aui-page-panel{"
            + "margin:8px 20px 12px;background:#fff;border-radius:3px;box-shadow:0 1px 1px rgba(9,30,66,.25)}"
            + ".aui-page-panel-inner{display:flex;gap:24px}.aui-page-panel-content{flex:1;min-width:0;"
            + "padding:8px 16px 16px}.aui-page-panel-sidebar{width:400px;flex:none;padding:8px 16px 16px}"
            + "#footer .footer-body{color:#5e6c84;padding:8px 20px;font-size:12px;text-align:center}";

    static final String CSS = ".aui-lozenge{display:inline-block;border:1px solid #5e6c84;border-radius:3px;padding:0 4px;"
            + "font-size:11px;font-weight:700;text-transform:uppercase}.aui-lozenge-success{border-color:#006644;"
            + "color:#006644}.aui-lozenge-removed{border-color:#bf2600;color:#bf2600}"
            + ".aui-message{border-left:4px solid #0052cc;background:#deebff;padding:4px 12px;"
            + "margin:8px 0}.aui-message-warning{border-color:#ff8b00;background:#fffae6}.aui-message-error{"
            + "border-color:#de350b;background:#ffebe6}.aui-message-success{border-color:#00875a;background:#e3fcef}"
            + ".aui-button{display:inline-block;box-sizing:border-box;font:inherit;font-size:14px;line-height:20px;"
            + "padding:4px 10px;border:0;border-radius:3px;background:rgba(9,30,66,.04);color:#42526e;"
            + "text-decoration:none;cursor:pointer}.aui-button:hover{background:rgba(9,30,66,.08)}"
            + ".aui-button-primary{background:#0052cc;color:#fff;font-weight:500}.aui-button-primary:hover{"
            + "background:#0065ff}.aui-button-link{background:none;color:#0052cc}.aui-button[disabled]{"
            + "opacity:.5;cursor:default}"
            + "table.aui{border-collapse:collapse;width:100%;margin:8px 0}table.aui th,table.aui td{"
            + "text-align:left;padding:4px 8px;border-bottom:1px solid #dfe1e6;vertical-align:top}"
            + "table.aui thead th{color:#5e6c84;font-size:12px;font-weight:600;border-bottom-width:2px}"
            + "form.aui fieldset{border:0;padding:0;margin:0 0 16px}form.aui legend{font-weight:600;"
            + "font-size:16px;padding:0;margin:8px 0}form.aui .field-group{display:grid;"
            + "grid-template-columns:220px minmax(0,1fr);column-gap:12px;margin:6px 0}form.aui .field-group>"
            + "label,form.aui .field-group>.field-label{grid-column:1;text-align:right;padding-top:5px;"
            + "color:#5e6c84}form.aui .field-group>:not(label):not(.field-label){grid-column:2;justify-self:start}"
            + "form.aui .field-group>.field-value{padding-top:5px}form.aui .description{color:#5e6c84;"
            + "font-size:12px}form.aui .error{color:#bf2600;font-size:12px}form.aui input.text,form.aui select,"
            + "form.aui textarea{font:inherit;border:2px solid #dfe1e6;border-radius:3px;padding:3px 6px;"
            + "background:#fafbfc;color:#172b4d}form.aui .short-field{width:7em}form.aui .medium-field{"
            + "width:14em}form.aui .long-field{width:28em}form.aui .buttons-container{margin:12px 0 0}"
            + "form.aui .buttons-container .buttons{padding-left:232px}"
            + ".description{color:#5e6c84}";

    private AuiLikeStyles() {
    }
}
