#include "ui/staff/staff_words.h"

#include <cmath>
#include <map>

namespace kiosk::ui {
namespace {

struct Words {
    const char* english;
    const char* spanish;
};

// Plain words for a volunteer at a table, not for a technician: what happened, then
// what to do. "Resume" is the button's name in both languages' sentences.
const std::map<std::string, Words>& table() {
    static const std::map<std::string, Words> words = {
        // Tabs and the bottom bar
        {"staff.tab.printer", {"Printer", "Impresora"}},
        {"staff.tab.counts", {"Counts", "Cuentas"}},
        {"staff.tab.content", {"Campaign", "Campaña"}},
        {"staff.tab.settings", {"Settings", "Ajustes"}},
        {"staff.tab.pin", {"Staff PIN", "PIN"}},
        {"staff.back", {"Back to the kiosk", "Volver al quiosco"}},
        {"staff.clear-visit", {"Clear this visit", "Borrar esta visita"}},
        // Printer
        {"staff.printer.queue", {"Printer: {{printer}}", "Impresora: {{printer}}"}},
        {"staff.printer.default-queue", {"the computer's default printer", "la impresora por defecto"}},
        {"staff.printer.waiting-letters.one", {"1 letter is waiting to print.", "1 carta espera para imprimirse."}},
        {"staff.printer.waiting-letters.other", {"{{count}} letters are waiting to print.", "{{count}} cartas esperan para imprimirse."}},
        {"staff.printer.ready", {"Ready: letters print.", "Lista: las cartas se imprimen."}},
        {"staff.printer.printing", {"Printing.", "Imprimiendo."}},
        {"staff.printer.toner-low", {"Ink or toner is low. Letters still print; have more at hand.",
                                     "Queda poca tinta o tóner. Las cartas se imprimen; tenga más a mano."}},
        {"staff.printer.stopped.out-of-paper", {"The queue is stopped after paper ran out: refill, then Resume.",
                                                "La cola está parada porque se acabó el papel: ponga papel y toque Reanudar."}},
        {"staff.printer.stopped.paper-jam", {"The queue is stopped after a paper jam: clear the jam, then Resume.",
                                             "La cola está parada por un atasco de papel: quite el papel atascado y toque Reanudar."}},
        {"staff.printer.stopped.door-open", {"The queue is stopped because a door or cover was open: close it, then Resume.",
                                             "La cola está parada porque una puerta o tapa estaba abierta: ciérrela y toque Reanudar."}},
        {"staff.printer.stopped.toner-empty", {"The queue is stopped: ink or toner ran out. Replace it, then Resume.",
                                               "La cola está parada: se acabó la tinta o el tóner. Cámbielo y toque Reanudar."}},
        {"staff.printer.stopped.offline", {"The queue is stopped: the printer did not answer. Check its power and cable, then Resume.",
                                           "La cola está parada: la impresora no respondió. Revise el enchufe y el cable, y toque Reanudar."}},
        {"staff.printer.stopped", {"The queue is stopped. Check the printer, then Resume.",
                                   "La cola está parada. Revise la impresora y toque Reanudar."}},
        {"staff.printer.not-accepting", {"The queue does not take new letters. Resume turns it back on.",
                                         "La cola no acepta cartas nuevas. Reanudar la vuelve a encender."}},
        {"staff.printer.waiting.out-of-paper", {"The printer is out of paper: refill it and the waiting letter prints.",
                                                "La impresora no tiene papel: ponga papel y la carta que espera se imprime."}},
        {"staff.printer.waiting.paper-jam", {"Paper is stuck in the printer: clear it and the waiting letter prints.",
                                             "Hay papel atascado: quítelo y la carta que espera se imprime."}},
        {"staff.printer.waiting.door-open", {"A door or cover of the printer is open: close it and the waiting letter prints.",
                                             "Una puerta o tapa de la impresora está abierta: ciérrela y la carta que espera se imprime."}},
        {"staff.printer.waiting.toner-empty", {"The printer is out of ink or toner: replace it and the waiting letter prints.",
                                               "Se acabó la tinta o el tóner: cámbielo y la carta que espera se imprime."}},
        {"staff.printer.waiting.offline", {"The printer does not answer: check its power and cable.",
                                           "La impresora no responde: revise el enchufe y el cable."}},
        {"staff.printer.no-scheduler", {"The printing service (CUPS) is not running. Restart the computer.",
                                        "El servicio de impresión (CUPS) no funciona. Reinicie la computadora."}},
        {"staff.printer.not-found", {"This printer is not set up on the computer. Choose another one below.",
                                     "Esta impresora no está instalada en la computadora. Elija otra abajo."}},
        {"staff.printer.unreachable", {"The printer could not be asked how it is. Try again in a moment.",
                                       "No se pudo consultar la impresora. Pruebe otra vez en un momento."}},
        {"staff.printer.saving", {"No printer is set up: letters are saved in {{folder}}.",
                                  "No hay impresora: las cartas se guardan en {{folder}}."}},
        {"staff.printer.resume", {"Resume", "Reanudar"}},
        {"staff.printer.test-page", {"Print a test page", "Imprimir prueba"}},
        {"staff.printer.cancel", {"Cancel waiting letters", "Cancelar cartas en espera"}},
        {"staff.printer.choose", {"Print to:", "Imprimir en:"}},
        {"staff.printer.resumed", {"The printer was resumed.", "Se reanudó la impresora."}},
        {"staff.printer.resume-failed", {"The printer could not be resumed: this computer's user may not manage printers.",
                                         "No se pudo reanudar: el usuario de esta computadora no puede administrar impresoras."}},
        {"staff.printer.test-page-sent", {"A test page was sent to the printer.", "Se envió una página de prueba."}},
        {"staff.printer.test-page-failed", {"The test page could not be sent.", "No se pudo enviar la página de prueba."}},
        {"staff.printer.canceled.one", {"1 letter was canceled.", "Se canceló 1 carta."}},
        {"staff.printer.canceled.other", {"{{count}} letters were canceled.", "Se cancelaron {{count}} cartas."}},
        {"staff.printer.cancel-failed", {"The letters could not be canceled.", "No se pudieron cancelar las cartas."}},
        {"staff.printer.chosen", {"Letters now go to {{printer}}.", "Las cartas van ahora a {{printer}}."}},
        {"staff.printer.choose-failed", {"The printer could not be saved in the settings.",
                                         "No se pudo guardar la impresora en los ajustes."}},
        {"staff.test-page.title", {"Test page", "Página de prueba"}},
        {"staff.test-page.printer", {"Printer: {{printer}}", "Impresora: {{printer}}"}},
        {"staff.test-page.date", {"Printed on {{date}} by Letter Kiosk.", "Impresa el {{date}} por Letter Kiosk."}},
        {"staff.test-page.frame", {"The frame should be whole, half an inch from each edge.",
                                   "El marco debe verse entero, a poco más de 1 cm de cada borde."}},
        // Counts
        {"staff.counts.totals", {"Printed: {{printed}}    Saved: {{saved}}    Failed: {{failed}}",
                                 "Impresas: {{printed}}    Guardadas: {{saved}}    Fallidas: {{failed}}"}},
        {"staff.counts.heading", {"Day · letter to · state · language: printed, saved, failed",
                                  "Día · carta a · estado · idioma: impresas, guardadas, fallidas"}},
        {"staff.counts.row", {"printed {{printed}}, saved {{saved}}, failed {{failed}}",
                              "impresas {{printed}}, guardadas {{saved}}, fallidas {{failed}}"}},
        {"staff.counts.none", {"No letters yet.", "Todavía no hay cartas."}},
        {"staff.counts.no-state", {"no state", "sin estado"}},
        {"staff.counts.export", {"Copy counts to the USB stick", "Copiar cuentas a la memoria USB"}},
        {"staff.counts.exported", {"The counts were copied to the stick as {{file}}.",
                                   "Las cuentas se copiaron a la memoria como {{file}}."}},
        {"staff.counts.no-stick", {"No USB stick is plugged in. Plug one in and try again.",
                                   "No hay memoria USB. Conecte una y pruebe otra vez."}},
        {"staff.counts.stick-gone", {"The stick was taken out before the counts were copied. Plug it in and try again.",
                                     "Se sacó la memoria antes de copiar las cuentas. Conéctela y pruebe otra vez."}},
        {"staff.counts.stick-read-only", {"This stick can only be read: it may have a lock switch, or it is not formatted "
                                          "FAT32, exFAT or NTFS. Use another stick.",
                                          "Esta memoria solo se puede leer: puede tener un seguro, o no tiene formato "
                                          "FAT32, exFAT o NTFS. Use otra memoria."}},
        {"staff.counts.stick-full", {"The stick is full. Make room on it, or use another stick.",
                                     "La memoria está llena. Libere espacio o use otra memoria."}},
        {"staff.counts.export-failed", {"The counts could not be copied: {{problem}}",
                                        "No se pudieron copiar las cuentas: {{problem}}"}},
        // Campaign (content)
        {"staff.content.in-use", {"In use: {{name}}, version {{version}}", "En uso: {{name}}, versión {{version}}"}},
        {"staff.content.verified", {"Contacts checked on {{date}}", "Contactos revisados el {{date}}"}},
        {"staff.content.not-verified", {"The contacts have no date of checking.", "Los contactos no tienen fecha de revisión."}},
        {"staff.content.no-store", {"Installing a campaign from a USB stick is not available in this version.",
                                    "Instalar una campaña desde una memoria USB no está disponible en esta versión."}},
        {"staff.content.no-stick", {"No USB stick with a campaign is plugged in.",
                                    "No hay ninguna memoria USB con una campaña."}},
        {"staff.content.on-stick", {"On the USB stick: {{name}}", "En la memoria USB: {{name}}"}},
        {"staff.content.errors", {"This campaign has problems and cannot be installed:",
                                  "Esta campaña tiene problemas y no se puede instalar:"}},
        {"staff.content.install", {"Install", "Instalar"}},
        {"staff.content.roll-back", {"Go back to the previous campaign", "Volver a la campaña anterior"}},
        {"staff.content.installed", {"Installed. It is used from the next visit.", "Instalada. Se usa desde la próxima visita."}},
        {"staff.content.rolled-back", {"The previous campaign is back. It is used from the next visit.",
                                       "Volvió la campaña anterior. Se usa desde la próxima visita."}},
        {"staff.content.failed", {"Nothing was changed: {{problem}}", "No se cambió nada: {{problem}}"}},
        {"staff.content.not-newer", {"Not newer than the one in use (version {{in_use}}).",
                                     "No es más nueva que la que está en uso (versión {{in_use}})."}},
        {"staff.content.confirm-older", {"This campaign (version {{version}}) is not newer than the one in use "
                                         "(version {{in_use}}). Install it anyway?",
                                         "Esta campaña (versión {{version}}) no es más nueva que la que está en uso "
                                         "(versión {{in_use}}). ¿Instalarla de todos modos?"}},
        {"staff.content.install-anyway", {"Install anyway", "Instalar de todos modos"}},
        {"staff.content.keep", {"Keep the one in use", "Dejar la que está en uso"}},
        {"staff.content.kept", {"Nothing was changed: the campaign in use stays.",
                                "No se cambió nada: sigue la campaña en uso."}},
        // Settings
        {"staff.settings.state", {"State chosen at the start of each visit", "Estado elegido al empezar cada visita"}},
        {"staff.settings.county", {"County chosen at the start", "Condado elegido al empezar"}},
        {"staff.settings.none", {"None", "Ninguno"}},
        {"staff.settings.paper", {"Paper size", "Tamaño del papel"}},
        {"staff.settings.letter", {"US Letter", "Carta (EE. UU.)"}},
        {"staff.settings.a4", {"A4", "A4"}},
        {"staff.settings.still-there", {"Ask \"Still there?\" after {{seconds}} s without a touch",
                                        "Preguntar \"¿Sigue ahí?\" tras {{seconds}} s sin tocar"}},
        {"staff.settings.reset", {"Then start over after {{seconds}} s", "Luego empezar de nuevo tras {{seconds}} s"}},
        {"staff.settings.done-reset", {"Leave the last screen after {{seconds}} s", "Dejar la última pantalla tras {{seconds}} s"}},
        {"staff.settings.languages", {"Languages visitors can choose", "Idiomas que pueden elegir los visitantes"}},
        {"staff.settings.save", {"Save settings", "Guardar ajustes"}},
        {"staff.settings.saved", {"Saved. They are used from the next visit.", "Guardados. Se usan desde la próxima visita."}},
        {"staff.settings.save-failed", {"The settings could not be saved: {{problem}}",
                                        "No se pudieron guardar los ajustes: {{problem}}"}},
        {"staff.settings.one-language", {"At least one language must stay.", "Debe quedar al menos un idioma."}},
        // The panel's size is kept on one line (no-break spaces).
        {"staff.settings.density.settings",
         {"Screen: {{dpi}} dots per inch, as the settings file says (screen_dpi).",
          "Pantalla: {{dpi}} puntos por pulgada, según el archivo de ajustes (screen_dpi)."}},
        {"staff.settings.density.panel",
         {"Screen: {{dpi}} dots per inch, measured from the panel's size ({{width}}\u00a0×\u00a0{{height}}\u00a0mm).",
          "Pantalla: {{dpi}} puntos por pulgada, medidos del tamaño del panel ({{width}}\u00a0×\u00a0{{height}}\u00a0mm)."}},
        {"staff.settings.density.no-size",
         {"Screen: {{dpi}} dots per inch: the panel does not report its size. If buttons look too small or too big, "
          "set screen_dpi in the settings file.",
          "Pantalla: {{dpi}} puntos por pulgada: el panel no informa su tamaño. Si los botones se ven muy pequeños o "
          "muy grandes, ponga screen_dpi en el archivo de ajustes."}},
        {"staff.settings.density.implausible",
         {"Screen: {{dpi}} dots per inch: the panel reports a size no panel has ({{width}}\u00a0×\u00a0{{height}}\u00a0mm). If buttons "
          "look too small or too big, set screen_dpi in the settings file.",
          "Pantalla: {{dpi}} puntos por pulgada: el panel informa un tamaño imposible ({{width}}\u00a0×\u00a0{{height}}\u00a0mm). Si "
          "los botones se ven muy pequeños o muy grandes, ponga screen_dpi en el archivo de ajustes."}},
        {"staff.settings.density.no-panel",
         {"Screen: {{dpi}} dots per inch: the computer names no panel. If buttons look too small or too big, set "
          "screen_dpi in the settings file.",
          "Pantalla: {{dpi}} puntos por pulgada: la computadora no indica ningún panel. Si los botones se ven muy "
          "pequeños o muy grandes, ponga screen_dpi en el archivo de ajustes."}},
        {"staff.less", {"Less", "Menos"}},
        {"staff.more", {"More", "Más"}},
        // Staff PIN
        {"staff.pin.old", {"To change the PIN, type the PIN you use now.", "Para cambiar el PIN, escriba el PIN de ahora."}},
        {"staff.pin.new", {"Type the new PIN (4 to 12 digits).", "Escriba el PIN nuevo (de 4 a 12 cifras)."}},
        {"staff.pin.again", {"Type the new PIN again.", "Escriba otra vez el PIN nuevo."}},
        {"staff.pin.next", {"Next", "Seguir"}},
        {"staff.pin.too-short", {"A PIN has at least 4 digits.", "Un PIN tiene al menos 4 cifras."}},
        {"staff.pin.mismatch", {"The two new PINs were not the same. Start again.", "Los dos PIN nuevos no eran iguales. Empiece otra vez."}},
        {"staff.pin.wrong", {"That is not the PIN in use. Start again.", "Ese no es el PIN de ahora. Empiece otra vez."}},
        {"staff.pin.locked", {"Too many wrong tries. Wait {{wait}}.", "Demasiados intentos. Espere {{wait}}."}},
        {"staff.pin.changed", {"The staff PIN was changed.", "Se cambió el PIN del personal."}},
        {"staff.pin.failed", {"The PIN could not be saved. The old PIN still works.",
                              "No se pudo guardar el PIN. El PIN anterior sigue valiendo."}},
        // Work in progress: what the one job running does, and Cancel where it can stop
        {"staff.work.checking-sticks", {"Checking the packs on the USB stick…", "Revisando los paquetes de la memoria USB…"}},
        {"staff.work.installing", {"Installing the campaign from the USB stick…", "Instalando la campaña de la memoria USB…"}},
        {"staff.work.rolling-back", {"Going back to the previous campaign…", "Volviendo a la campaña anterior…"}},
        {"staff.work.exporting", {"Copying the counts to the USB stick…", "Copiando las cuentas a la memoria USB…"}},
        {"staff.work.resuming", {"Resuming the printer…", "Reanudando la impresora…"}},
        {"staff.work.test-page", {"Sending the test page…", "Enviando la página de prueba…"}},
        {"staff.work.canceling", {"Canceling the letters waiting…", "Cancelando las cartas en espera…"}},
        {"staff.work.choosing", {"Choosing the printer…", "Eligiendo la impresora…"}},
        {"staff.work.saving", {"Saving the settings…", "Guardando los ajustes…"}},
        {"staff.work.pin", {"Checking the PIN…", "Revisando el PIN…"}},
        {"staff.work.reading", {"{{files}} files read so far", "{{files}} archivos leídos hasta ahora"}},
        {"staff.work.wait", {"The other buttons wait until this is done.", "Los demás botones esperan a que esto termine."}},
        {"staff.work.cancel", {"Cancel", "Cancelar"}},
        {"staff.work.stopping", {"Stopping…", "Deteniendo…"}},
        {"staff.work.stopped", {"Stopped. Nothing was changed.", "Detenido. No se cambió nada."}},
        {"staff.work.failed", {"That did not work. Try again; the kiosk's journal says why.", "Eso no funcionó. Pruebe otra vez; el registro del quiosco dice por qué."}},
        {"staff.content.check-again", {"Check the USB stick again", "Revisar otra vez la memoria USB"}},
        {"staff.content.not-checked", {"The packs on the USB stick were not checked.",
                                       "No se revisaron los paquetes de la memoria USB."}},
        {"staff.printer.asking", {"Asking the printer…", "Preguntando a la impresora…"}},
        // The PIN pad when no PIN is set
        {"staff.no-pin.title", {"No staff PIN is set", "No hay PIN del personal"}},
        {"staff.no-pin.how", {"Staff cannot open this menu until a PIN is set. On the kiosk computer's terminal, run:",
                              "El personal no puede abrir este menú sin un PIN. En la terminal de la computadora del quiosco, escriba:"}},
        {"staff.no-pin.command", {"letter-kiosk set-pin", "letter-kiosk set-pin"}},
    };
    return words;
}

}  // namespace

const std::string& staff_text(const content::Pack& pack, const content::LanguageCode& language, const std::string& key) {
    if (const auto words = pack.strings.find(language); words != pack.strings.end()) {
        if (const auto found = words->second.find(key); found != words->second.end()) return found->second;
    }
    // Built-in words live as long as the program: kept as std::string for references.
    static const std::map<std::string, std::pair<std::string, std::string>> built_in = [] {
        std::map<std::string, std::pair<std::string, std::string>> copy;
        for (const auto& [name, words] : table()) copy[name] = {words.english, words.spanish};
        return copy;
    }();
    const auto found = built_in.find(key);
    if (found == built_in.end()) return pack.text(language, key);
    return language == "es" ? found->second.second : found->second.first;
}

bool has_staff_words(const std::string& key) { return table().count(key) > 0; }

StaffNote density_note(const ScreenDensity& density) {
    const char* key = density.origin == DensityOrigin::Settings          ? "staff.settings.density.settings"
                      : density.origin == DensityOrigin::PanelSize       ? "staff.settings.density.panel"
                      : density.origin == DensityOrigin::NoPanelSize     ? "staff.settings.density.no-size"
                      : density.origin == DensityOrigin::ImplausibleSize ? "staff.settings.density.implausible"
                                                                         : "staff.settings.density.no-panel";
    return {key,
            {{"dpi", std::to_string(std::lround(density.dpi))},
             {"width", std::to_string(density.panel.width_mm)},
             {"height", std::to_string(density.panel.height_mm)}},
            false};
}

}  // namespace kiosk::ui
