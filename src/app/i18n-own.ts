import { localeTag } from "../util/index.ts";

/** The words of notebooks of one's own (home list, New/Open, Make notebook, attached files), in Dutch and English. */
export const ownStrings = {
  nl: {
    heading: "Jouw notebooks",
    intro: "Gemaakt of geopend in deze browser, en alleen hier bewaard.",
    none: "Nog geen eigen notebooks. Begin er een met Nieuw, open een .md-bestand, of maak er een van een CSV-bestand.",
    changed: (when: number) =>
      `Gewijzigd ${new Intl.DateTimeFormat(localeTag("nl"), { dateStyle: "long", timeStyle: "short" }).format(when)}`,
    newNotebook: "Nieuw",
    newLabel: "Nieuwe notebook beginnen",
    newTitle: "Nieuwe notebook",
    open: "Openen",
    openLabel: "Notebook openen (.md-bestand)",
    delete: "Verwijderen",
    deleteLabel: (title: string) => `Notebook “${title}” verwijderen`,
    deleteConfirm: (title: string) => `De notebook “${title}” uit deze browser verwijderen?`,
    deleted: (title: string) => `De notebook “${title}” is verwijderd.`,
    undo: "Ongedaan maken",
    browserOnly:
      "Deze notebook staat alleen in deze browser. Een link ernaar werkt in een andere browser of op een andere computer niet; deel hem met Downloaden (onder Bewerken).",
    untrusted: "Deze notebook komt uit een bestand; de code is nog niet uitgevoerd.",
    untrustedHow:
      "Lees de code hieronder. Voer hem alleen uit als je weet waar het bestand vandaan komt: code in een notebook kan alles wat deze pagina kan.",
    runCode: "Code uitvoeren",
    notHere:
      "Deze notebook staat niet in deze browser. Notebooks die je maakt of opent worden alleen bewaard in de browser waarin dat gebeurde; vraag om het .md-bestand en open dat hier.",
    unreadable: (reason: string) =>
      `Deze notebook kan niet worden gelezen (${reason}). Download de tekst om hem te herstellen, of verwijder hem op het overzicht.`,
    downloadText: "Tekst downloaden",
    storeFailed: "De notebook kon niet in deze browser worden bewaard (is opslag hier uitgeschakeld?).",
    notMarkdown: (name: string) =>
      `“${name}” is niet geopend: een notebook is een Markdown-bestand (.md), met YAML-voorwerk en js-cellen.`,
    notUtf8: (name: string) =>
      `“${name}” is niet geopend: het is geen tekst in UTF-8. Een notebook is een Markdown-bestand (.md) in UTF-8.`,
    tooLarge: (name: string, size: string, limit: string) =>
      `“${name}” is niet geopend: het is ${size}, een notebook mag hooguit ${limit} zijn.`,
    noAttachedFile: (name: string) =>
      `Er is geen bestand “${name}” bij deze notebook bewaard (verwijderd, of nooit toegevoegd).`,
    makeNotebook: "Maak notebook",
    makeNotebookLabel: (name: string) => `Maak notebook van “${name}”`,
    askLarge: (name: string, size: string, free: string | null) =>
      `“${name}” is ${size}. Om de notebook het bestand te laten lezen na het herladen, wordt het in deze browser bewaard${free ? `; de browser meldt nog ${free} ruimte` : ""}. Bewaren?`,
    storeFile: "Bewaren en notebook maken",
    cancel: "Annuleren",
    attachedHeading: "Bestanden bij deze notebook",
    attachedNone: "Er zijn geen bestanden bij deze notebook bewaard.",
    removeFile: "Verwijderen",
    removeFileLabel: (name: string) => `Bestand “${name}” verwijderen`,
    removeFileConfirm: (name: string) =>
      `Het bestand “${name}” uit deze browser verwijderen? Cellen die het lezen, geven dan een foutmelding.`,
    fileStoreFailed: (name: string, reason: string) =>
      `“${name}” kon niet in deze browser worden bewaard (${reason}); er is geen notebook gemaakt.`,
    madeProse: "Deze notebook leest een CSV-bestand dat in deze browser bij de notebook is bewaard.",
    badFrontMatter: (name: string, reason: string) =>
      `“${name}” is niet geopend: het voorwerk (de YAML tussen de twee regels ---) klopt niet: ${reason}`,
  },
  en: {
    heading: "Your notebooks",
    intro: "Made or opened in this browser, and kept only here.",
    none: "No notebooks of your own yet. Start one with New, open a .md file, or make one from a CSV file.",
    changed: (when: number) =>
      `Changed ${new Intl.DateTimeFormat(localeTag("en"), { dateStyle: "long", timeStyle: "short" }).format(when)}`,
    newNotebook: "New",
    newLabel: "Start a new notebook",
    newTitle: "New notebook",
    open: "Open",
    openLabel: "Open a notebook (.md file)",
    delete: "Delete",
    deleteLabel: (title: string) => `Delete notebook “${title}”`,
    deleteConfirm: (title: string) => `Delete the notebook “${title}” from this browser?`,
    deleted: (title: string) => `The notebook “${title}” was deleted.`,
    undo: "Undo",
    browserOnly:
      "This notebook lives in this browser only. A link to it does not work in another browser or on another computer; share it with Download (under Edit).",
    untrusted: "This notebook comes from a file; its code has not been run.",
    untrustedHow:
      "Read the code below. Run it only if you know where the file comes from: code in a notebook can do anything this page can.",
    runCode: "Run the code",
    notHere:
      "This notebook is not in this browser. Notebooks you make or open are kept only in the browser where that happened; ask for the .md file and open it here.",
    unreadable: (reason: string) =>
      `This notebook cannot be read (${reason}). Download its text to mend it, or delete it on the overview.`,
    downloadText: "Download the text",
    storeFailed: "The notebook could not be kept in this browser (is storage turned off here?).",
    notMarkdown: (name: string) =>
      `“${name}” was not opened: a notebook is a Markdown file (.md), with YAML front matter and js cells.`,
    notUtf8: (name: string) =>
      `“${name}” was not opened: it is not UTF-8 text. A notebook is a Markdown file (.md) in UTF-8.`,
    tooLarge: (name: string, size: string, limit: string) =>
      `“${name}” was not opened: it is ${size}, and a notebook may be ${limit} at most.`,
    noAttachedFile: (name: string) =>
      `No file “${name}” is kept with this notebook (removed, or never added).`,
    makeNotebook: "Make notebook",
    makeNotebookLabel: (name: string) => `Make notebook from “${name}”`,
    askLarge: (name: string, size: string, free: string | null) =>
      `“${name}” is ${size}. For the notebook to read it after a reload, it is kept in this browser${free ? `; the browser reports ${free} of room left` : ""}. Keep it?`,
    storeFile: "Keep it and make the notebook",
    cancel: "Cancel",
    attachedHeading: "Files with this notebook",
    attachedNone: "No files are kept with this notebook.",
    removeFile: "Remove",
    removeFileLabel: (name: string) => `Remove file “${name}”`,
    removeFileConfirm: (name: string) =>
      `Remove the file “${name}” from this browser? Cells that read it will then show an error.`,
    fileStoreFailed: (name: string, reason: string) =>
      `“${name}” could not be kept in this browser (${reason}); no notebook was made.`,
    madeProse: "Deze notebook leest een CSV-bestand dat in deze browser bij de notebook is bewaard.",
    badFrontMatter: (name: string, reason: string) =>
      `“${name}” was not opened: its front matter (the YAML between the two --- lines) is not right: ${reason}`,
  },
};
