"""French phrase banks for customer return texts (France, Belgium, Switzerland, Québec). Data only; see `compose`.

Placeholders: {il} {Il} {est} {etait} {a} {va} {fait} {nt} (3rd-person plural verb ending) {le}
(object pronoun) {e} {s} (adjective agreement) {item} {le_item} {ce_item} {un} {size} {other_size}
{colour} {height} {weight} {usual}.
"""

from __future__ import annotations

from datetime import datetime

from triage.sample_data.catalogue import Noun
from triage.sample_data.replies import Agent, ReplyBank
from triage.sample_data.texts.compose import LanguageBank

_VOWELS = tuple("aeiouéèêâîôh")


def grammar(noun: Noun) -> dict[str, str]:
    """French words that agree with the product noun's gender and number (with elision before vowels)."""
    feminine, many, word = noun.gender == "f", noun.plural, noun.singular
    elided = word.startswith(_VOWELS)
    if many:
        definite, demonstrative = "les", "ces"
    elif elided:
        definite, demonstrative = "l'", "cette" if feminine else "cet"
    else:
        definite, demonstrative = ("la", "cette") if feminine else ("le", "ce")
    return {
        "il": ("elles" if feminine else "ils") if many else ("elle" if feminine else "il"),
        "Il": ("Elles" if feminine else "Ils") if many else ("Elle" if feminine else "Il"),
        "est": "sont" if many else "est",
        "etait": "étaient" if many else "était",
        "a": "ont" if many else "a",
        "va": "vont" if many else "va",
        "fait": "font" if many else "fait",
        "nt": "nt" if many else "",
        "le": "les" if many else ("la" if feminine else "le"),
        "e": ("es" if feminine else "s") if many else ("e" if feminine else ""),
        "s": "s" if many else "",
        "un": "des" if many else ("une" if feminine else "un"),
        "item": word,
        "le_item": f"{definite}{word}" if elided and not many else f"{definite} {word}",
        "ce_item": f"{demonstrative} {word}",
    }


COMPLAINTS = {
    "too_small": {
        "*": (
            "je n'arrive même pas à {le} mettre",
            "il me faudrait la taille au-dessus",
            "je dois prendre une taille de plus",
            "impossible de bouger dedans",
            "{il} taille{nt} vraiment une taille en dessous",
            "j'ai pris mon {size} habituel et c'est comme un {other_size} en moins",
            "je voudrais le {other_size} à la place du {size}",
            "{il} {est} beaucoup trop ajusté{e}, ça moule de partout",
            "{il} taille{nt} très juste",
            "aucune aisance, je suis boudinée dedans",
            "ça serre de partout",
        ),
        "clothes": (
            "je n'arrive pas à fermer la fermeture éclair",
            "serré aux épaules, je ne peux pas lever les bras",
            "les boutons baillent au niveau de la poitrine",
            "les manches s'arrêtent au-dessus du poignet",
            "ça tire dans le dos dès que je bouge",
            "{il} remonte{nt} sans arrêt, c'est trop court de buste",
            "ça me comprime sous les bras",
            "ça marque à la taille",
        ),
        "dress": (
            "impossible de remonter le zip au niveau de la poitrine",
            "l'ourlet arrive bien au-dessus du genou, beaucoup plus court que sur la photo",
            "les bretelles me cisaillent les épaules",
            "je ne peux pas m'asseoir avec",
            "la taille tombe sous la poitrine au lieu de la taille",
        ),
        "top": (
            "le ventre est à l'air dès que je lève les bras",
            "les emmanchures me scient",
        ),
        "bottoms": (
            "je n'arrive pas à fermer le bouton",
            "ça ne passe pas les cuisses",
            "la ceinture me rentre dans le ventre",
            "l'entrejambe est trop court, ça s'arrête au-dessus des chevilles",
            "impossible de m'asseoir sans que le bouton saute",
            "ça ne monte pas au-delà des hanches",
        ),
        "knit": (
            "les manches m'arrivent au milieu de l'avant-bras",
            "ça colle au ventre et c'est hyper court",
        ),
        "coat": (
            "impossible de mettre un pull en dessous",
            "je ne peux pas {le} fermer avec un pull",
            "ça tire dans le dos quand je conduis",
        ),
        "shoes": (
            "{il} me serre{nt} au niveau des orteils",
            "mes orteils touchent le bout",
            "mon talon dépasse à l'arrière",
            "je n'arrive pas à rentrer le pied",
            "l'avant du pied est écrasé, c'est très étroit",
            "j'ai eu des ampoules en dix minutes",
            "il me faudrait une demi-pointure de plus",
            "ça me fait mal sur le dessus du pied",
        ),
        "lingerie": (
            "la bande me serre et les bonnets débordent",
            "l'armature appuie sur la poitrine",
            "ça laisse des marques rouges partout",
        ),
        "bedding": (
            "le drap housse ne tient pas sur les coins du matelas",
            "la housse ne rentre pas sur notre couette, il manque 20 cm",
            "les coins sautent, le matelas est plus épais que prévu",
        ),
    },
    "too_large": {
        "*": (
            "je flotte dedans",
            "{il} {est} immense{s} sur moi",
            "il me faut une taille en dessous",
            "on dirait un sac sur moi",
            "{il} taille{nt} vraiment grand",
            "on pourrait rentrer à deux dedans",
            "j'ai pris mon {size} habituel mais ça taille deux tailles au-dessus",
            "je vais prendre le {other_size} à la place",
            "beaucoup trop ample, ça ne me met pas du tout en valeur",
            "{il} taille{nt} au moins une taille au-dessus",
        ),
        "clothes": (
            "les épaules tombent au milieu des bras",
            "les manches me cachent les mains",
            "ça baille dans le dos et le décolleté s'ouvre",
            "c'est très carré, rien à voir avec la coupe ajustée de la photo",
            "les emmanchures descendent jusqu'à la taille",
        ),
        "dress": (
            "les bretelles glissent sans arrêt",
            "{il} traîne{nt} par terre même avec des talons",
            "ça baille à la poitrine et la taille tombe sur les hanches",
        ),
        "bottoms": (
            "ça baille à la taille dans le dos, il me faut une ceinture",
            "{il} tombe{nt} quand je marche",
            "les jambes sont tellement longues qu'elles s'entassent sur mes chaussures",
            "l'entrejambe pendouille",
            "il faudrait faire un ourlet de 10 cm",
        ),
        "knit": (
            "les manches me couvrent les mains",
            "{il} s'est détendu{e} en une heure et arrive aux genoux",
        ),
        "coat": (
            "les épaules sont beaucoup trop larges",
            "on dirait que je porte le manteau de mon père",
        ),
        "shoes": (
            "mon talon sort à chaque pas",
            "il reste un doigt de place au bout",
            "je sors du pied en marchant",
            "même avec une semelle ça glisse",
            "une demi-pointure en dessous serait mieux",
        ),
        "lingerie": (
            "les bonnets baillent",
            "la bande remonte dans le dos",
            "les bretelles glissent même au plus court",
        ),
        "bedding": (
            "le drap housse fait des plis partout sur le matelas",
            "la couette se balade dans la housse",
        ),
    },
    "damaged_in_transit": {
        "*": (
            "le carton était écrasé et {le_item} abîmé{e} à l'intérieur",
            "{il} {est} arrivé{e} en morceaux",
            "{il} {est} arrivé{e} avec une grosse rayure",
            "le colis était trempé et {le_item} {est} taché{e}",
            "le livreur a dû faire tomber le colis, un coin est enfoncé",
            "il y a une fissure sur le côté à la sortie du carton",
            "il y a un choc dès l'ouverture",
            "l'emballage était déchiré et {le_item} {est} rayé{e}",
            "le colis avait l'air d'avoir été piétiné",
        ),
        "clothes": (
            "il y a un accroc près de la couture et une trace sale",
            "il y a un trou dans le tissu et le sachet était ouvert",
            "une grosse tache sur le devant, c'était déjà comme ça dans le sachet",
        ),
        "shoes": (
            "la boîte était écrasée et une chaussure est pliée et éraflée",
            "un talon est rayé jusqu'au plastique",
        ),
        "lamp": (
            "l'abat-jour est arrivé cabossé et le pied en verre ébréché",
            "l'abat-jour était tout aplati dans le carton",
            "le verre était brisé à l'ouverture",
        ),
        "tableware": (
            "deux assiettes étaient en miettes à l'ouverture",
            "un verre brisé et un autre ébréché sur le bord",
            "les bols sont ébréchés, il n'y avait presque pas de papier bulle",
        ),
        "cookware": (
            "le couvercle est fêlé et la poêle a un choc sur le bord",
            "le manche s'est desserré pendant le transport et le revêtement est rayé",
        ),
        "decor": (
            "le vase était en mille morceaux",
            "la vitre du cadre est fêlée",
            "le miroir est arrivé fendu en deux",
            "le pot de la bougie est ébréché",
        ),
        "appliance": (
            "la coque est fendue, le carton a clairement pris un choc",
            "le bol a une fissure sur le côté",
        ),
    },
    "defective": {
        "*": (
            "{il} a arrêté de marcher au bout de deux jours",
            "{il} ne s'allume pas du tout",
            "ça a marché une fois et puis plus rien",
            "ça se coupe au bout de quelques minutes",
            "rien ne se passe quand j'appuie sur le bouton",
            "j'ai essayé sur plusieurs prises, toujours rien",
        ),
        "clothes": (
            "la fermeture éclair a lâché dès le premier essai",
            "le zip est bloqué à mi-hauteur",
            "les pressions ne ferment pas",
        ),
        "carry": (
            "le fermoir ne tient pas fermé",
            "la fermeture se coince à chaque fois",
            "l'aimant ne tient pas",
        ),
        "shoes": (
            "la semelle s'est décollée après un après-midi",
            "la fermeture sur le côté se bloque à chaque fois",
        ),
        "lamp": (
            "l'ampoule clignote sans arrêt même avec une neuve",
            "l'interrupteur ne fait rien",
            "le variateur ne marche que sur la position la plus forte",
            "ça grésille et la lumière se coupe",
            "ça sent le brûlé au niveau des fils quand c'est allumé",
            "la moitié des ampoules de la guirlande ne s'allument pas",
        ),
        "appliance": (
            "la bouilloire ne s'arrête pas quand l'eau bout",
            "le grille-pain ne chauffe que d'un côté",
            "le blender fait un bruit de ferraille et la lame ne tourne pas",
            "ça fait sauter le disjoncteur à chaque fois",
            "ça fuit par en dessous à chaque utilisation",
            "l'écran s'allume mais le moteur ne démarre pas",
            "la prise chauffe et sent le brûlé",
        ),
        "cookware": (
            "le manche bouge et ne se resserre pas",
            "le fond est bombé, ça tourne sur la plaque",
            "ça accroche dès la première utilisation, le revêtement ne sert à rien",
            "ça ne fonctionne pas sur induction alors que c'est indiqué",
        ),
    },
    "poor_quality": {
        "*": (
            "ça fait vraiment cheap pour le prix",
            "les finitions sont bâclées",
            "en vrai ça fait bas de gamme",
            "je m'attendais à bien mieux pour ce prix-là",
            "{il} {est} fragile{s}, ça ne va pas durer",
        ),
        "clothes": (
            "le tissu est tellement fin qu'on voit à travers",
            "ça bouloche après un seul port",
            "les coutures se défont déjà",
            "des fils qui dépassent partout et un bouton est tombé",
            "la matière gratte, on dirait du polyester bas de gamme",
            "{il} a rétréci de deux tailles au premier lavage à 30",
            "ça a déteint au premier lavage",
            "l'ourlet s'est décousu en une semaine",
        ),
        "knit": (
            "plein de bouloches sous les bras après une journée",
            "la maille est tellement lâche qu'elle a déjà filé",
            "ça gratte et ça perd des poils partout",
        ),
        "shoes": (
            "on voit la colle sur la semelle et le simili cuir craque déjà",
            "la semelle intérieure s'est décollée en une semaine",
        ),
        "carry": (
            "la bandoulière s'effiloche après deux semaines",
            "la doublure s'est déchirée dès la première utilisation",
            "le cuir pèle dans les coins",
            "le plaqué s'en va déjà et ça me noircit la peau",
        ),
        "bedding": (
            "le tissu est rêche et fin, rien à voir avec du percale",
            "la housse a bouloché au premier lavage",
            "le garnissage a fait des paquets",
            "les coutures ont lâché au lavage",
        ),
        "cookware": (
            "le revêtement s'écaille après trois utilisations",
            "la poêle s'est déformée à la première utilisation",
            "ça a rouillé après le premier lavage",
        ),
        "tableware": (
            "l'émail est irrégulier avec des petites bulles",
            "les verres sont très fins, un a éclaté au lave-vaisselle",
        ),
        "decor": (
            "la housse est fine et la fermeture fragile",
            "la peinture est inégale",
            "le cadre est en plastique, pas en bois",
            "la bougie brûle en tunnel et ne sent presque rien",
        ),
        "lamp": (
            "le pied est en plastique léger et ça bascule",
            "l'abat-jour est en carton",
        ),
    },
    "missing_parts": {
        "*": (
            "pas de vis dans le carton",
            "il manque la moitié des pièces",
            "impossible de {le} monter, des éléments ne sont pas là",
            "pas de notice et une pièce n'est visiblement pas là",
            "je n'ai reçu qu'une partie de ce qu'on voit sur la photo",
        ),
        "clothes": (
            "la ceinture qu'on voit sur les photos n'était pas dans le colis",
            "la capuche amovible n'était pas dans le sachet",
        ),
        "carry": (
            "la bandoulière n'était pas dans la boîte",
            "une seule boucle d'oreille dans la boîte",
            "pas de pochette ni de longue anse",
        ),
        "lamp": (
            "pas d'ampoule alors que l'annonce dit qu'elle est fournie",
            "l'abat-jour est là mais pas les fixations du pied",
        ),
        "cookware": (
            "le couvercle n'était pas dans le carton",
            "le lot devait contenir trois casseroles, j'en ai deux",
        ),
        "tableware": (
            "c'est un service pour six et il n'y a que quatre assiettes",
            "les assiettes à dessert n'étaient pas dans le carton",
        ),
        "appliance": (
            "le bol du blender n'était pas dans la boîte",
            "pas de filtre ni d'adaptateur",
            "le tiroir à miettes n'est pas là",
            "le diffuseur n'était pas dans le carton",
        ),
        "bedding": (
            "une seule taie au lieu de deux",
            "les taies n'étaient pas dans le paquet",
        ),
        "decor": (
            "pas de crochet pour l'accrocher",
            "le pied du cadre n'était pas fourni",
        ),
        "personalised": ("la boîte cadeau et la carte n'étaient pas dans le colis",),
    },
    "not_as_described": {
        "*": (
            "la couleur n'a rien à voir avec la photo",
            "ça ne ressemble pas du tout aux photos",
            "le {colour} du site n'a rien à voir avec ce que j'ai reçu",
            "le site indique 100% coton, l'étiquette dit polyester",
            "ça fait beaucoup moins joli que sur la fiche produit",
            "les photos sont trompeuses",
            "c'est une toute autre teinte, plus grise que {colour}",
            "les dimensions indiquées sont fausses",
        ),
        "clothes": (
            "sur la photo c'est plus long, en vrai c'est court",
            "c'est transparent, ce n'est indiqué nulle part",
            "il y a des épaulettes qu'on ne voit sur aucune photo",
            "l'imprimé est beaucoup plus gros et plus criard que sur la photo",
            "vendu comme du lin mais c'est surtout de la viscose",
            "pas de poches alors que la description en mentionne",
        ),
        "shoes": (
            "présentées comme en cuir mais c'est du synthétique",
            "le talon est bien plus haut qu'annoncé",
        ),
        "carry": (
            "beaucoup plus petit que les dimensions annoncées, mon ordi ne rentre pas",
            "le doré est très jaune, pas le doré doux des photos",
        ),
        "lamp": (
            "la lumière est bleue et froide, l'annonce disait blanc chaud",
            "bien plus petit que les dimensions données",
            "ce n'est pas dimmable alors que c'est écrit dans la description",
        ),
        "bedding": (
            "annoncé 400 fils mais on est loin du compte",
            "le rose est plutôt saumon en vrai",
        ),
        "decor": (
            "le vase fait la moitié de la hauteur annoncée",
            "le coussin est bien plus foncé que sur la photo",
            "le cadre n'est pas en bois massif comme indiqué",
        ),
        "appliance": (
            "la capacité est bien inférieure à celle annoncée",
            "l'annonce parle d'un maintien au chaud qui n'existe pas",
        ),
        "cookware": ("c'est indiqué compatible lave-vaisselle mais la notice dit lavage à la main",),
    },
    "wrong_item": {
        "*": (
            "ce n'est pas ce que j'ai commandé",
            "j'ai reçu un tout autre produit",
            "vous m'avez envoyé la commande de quelqu'un d'autre",
            "l'article du colis ne correspond pas à ma confirmation",
            "j'ai reçu {un} {item} en {colour} au lieu de celui que j'avais choisi",
        ),
        "clothes": (
            "j'ai commandé du {size} et reçu du {other_size}",
            "l'étiquette indique {other_size} alors que j'ai commandé {size}",
            "j'avais pris le {colour} et j'ai reçu une autre couleur",
            "j'ai reçu une jupe, j'avais commandé un pantalon",
        ),
        "shoes": (
            "j'ai reçu deux chaussures gauches",
            "la boîte indique {other_size} mais j'ai commandé du {size}",
            "deux pointures différentes dans la même boîte",
        ),
        "home": (
            "j'ai reçu un autre modèle que celui de ma commande",
            "reçu la version une place au lieu de deux places",
            "ce n'est pas le motif que j'ai choisi",
        ),
        "personalised": (
            "le prénom est mal orthographié alors que je l'ai bien saisi",
            "la gravure porte le prénom de quelqu'un d'autre",
            "la photo imprimée n'est pas celle que j'ai envoyée",
        ),
    },
    "arrived_late": {
        "*": (
            "reçu après le mariage donc ça ne me sert plus à rien",
            "presque deux semaines de livraison au lieu de 3 jours",
            "commandé pour les vacances, arrivé après mon départ",
            "arrivé le lendemain de la fête",
            "censé arriver vendredi, reçu le jeudi suivant",
            "la date de livraison n'a pas arrêté de changer et maintenant c'est trop tard",
            "c'était pour un événement le week-end dernier, reçu lundi",
            "c'était un cadeau d'anniversaire et il est arrivé après l'anniversaire",
            "le suivi indiquait livré mais je l'ai eu une semaine après",
        ),
        "personalised": ("c'était pour un baptême et c'est arrivé trois jours après",),
    },
    "no_longer_needed": {
        "*": (
            "j'ai changé d'avis",
            "j'en ai commandé deux et je garde l'autre",
            "commandé par erreur",
            "je l'ai trouvé moins cher ailleurs",
            "c'était un cadeau et la personne l'a déjà",
            "je n'en ai plus besoin",
            "finalement ce n'est pas pour moi",
            "j'avais pris plusieurs modèles pour choisir, je garde l'autre",
            "on m'a offert le même entre-temps",
            "je me suis trompée de modèle, c'est de ma faute",
            "l'événement a été annulé",
            "vu en promo ailleurs pour beaucoup moins cher",
            "commande en double",
        ),
        "clothes": (
            "le style ne me correspond pas",
            "je ne me trouve pas jolie dedans",
            "la couleur ne me va pas du tout au teint",
            "pas flatteur sur moi",
            "ça me tasse",
            "j'ai déjà quelque chose de très similaire",
            "joli sur la mannequin mais pas sur moi",
        ),
        "home": (
            "ça ne va pas avec le reste de la pièce",
            "mon conjoint n'aime pas",
            "on déménage, on n'en a plus l'utilité",
            "finalement ça ne va pas avec notre cuisine",
        ),
    },
    "other": {
        "*": (
            "retour",
            "voir pièce jointe",
            "rien à signaler",
            "retour comme convenu au téléphone",
            "merci de traiter le retour",
            "cf mon mail",
            "votre collègue m'a dit de remplir ce formulaire",
            "je préfère ne pas dire",
            "motif dans le mot glissé dans le colis",
            "le livreur a été désagréable",
            "je n'arrive pas à me connecter à mon compte",
            "mon code promo n'a pas marché",
            "je renvoie pour ma mère",
            "aucun",
            "raisons personnelles",
            "c'est pour ma fille, elle le renvoie",
        ),
    },
}

KEYWORD_COMPLAINTS = {
    "too_small": ("trop petit", "{il} {est} trop petit{e}", "trop serré", "taille petit", "beaucoup trop serré{e}"),
    "too_large": ("trop grand", "{il} {est} trop grand{e}", "beaucoup trop large", "taille grand", "trop ample"),
    "damaged_in_transit": ("arrivé abîmé", "{il} {est} cassé{e}", "endommagé pendant le transport"),
    "defective": ("produit défectueux", "ne fonctionne pas", "en panne dès la réception"),
    "poor_quality": ("mauvaise qualité", "qualité médiocre", "la qualité est nulle"),
    "missing_parts": ("il manque des pièces", "pièce manquante", "il manque le couvercle"),
    "not_as_described": ("non conforme à la description", "pas comme sur la photo", "ne correspond pas à la photo"),
    "wrong_item": ("erreur d'article", "mauvaise taille envoyée", "mauvais article reçu", "erreur de couleur"),
    "arrived_late": ("livré en retard", "arrivé trop tard", "retard de livraison"),
    "no_longer_needed": ("plus besoin", "changement d'avis", "je n'en ai plus besoin"),
    "other": ("autre", "autre raison"),
}

SHORT = {
    "too_small": ("trop petit", "trop serré", "taille trop juste", "trop petite", "ça serre", "taille au dessus svp"),
    "too_large": ("trop grand", "trop large", "trop grande", "beaucoup trop grand", "taille en dessous svp"),
    "damaged_in_transit": ("arrivé cassé", "colis écrasé", "reçu abîmé", "cassé à la réception"),
    "defective": ("ne marche pas", "ne s'allume pas", "en panne", "ne fonctionne plus", "HS dès le départ"),
    "poor_quality": ("mauvaise qualité", "qualité décevante", "bouloche déjà", "tissu de mauvaise qualité"),
    "missing_parts": ("pièces manquantes", "il manque une pièce", "incomplet", "colis incomplet"),
    "not_as_described": ("pas comme la photo", "non conforme", "couleur différente de la photo"),
    "wrong_item": ("pas le bon article", "erreur de taille", "pas la bonne couleur", "mauvais article"),
    "arrived_late": ("arrivé trop tard", "livraison trop longue", "reçu en retard"),
    "no_longer_needed": ("changé d'avis", "plus besoin", "finalement non", "erreur de commande"),
    "other": ("retour svp", "voir pièce jointe", "pas de raison", "sans motif", "autre"),
}

MINOR = {
    "too_small": ("c'est un peu juste", "un poil serré aux bras", "peut-être un peu court"),
    "too_large": ("c'est un peu ample", "un peu long", "légèrement large à la taille"),
    "damaged_in_transit": ("le carton était un peu cabossé", "l'emballage était déchiré"),
    "defective": ("le bouton est un peu dur",),
    "poor_quality": ("le tissu est un peu fin", "les finitions ne sont pas top", "ça se froisse vite"),
    "missing_parts": ("le bouton de rechange n'y était pas",),
    "not_as_described": ("la couleur est un peu différente", "un peu plus foncé que sur la photo"),
    "wrong_item": ("le bon de livraison était au nom de quelqu'un d'autre",),
    "arrived_late": ("la livraison a pris quelques jours de plus que prévu", "c'est arrivé un peu tard"),
    "no_longer_needed": ("je ne suis pas fan du style", "pas sûre de la couleur sur moi"),
    "other": ("le site rame",),
}

RULED_OUT = {
    "too_small": ("ce n'est pas trop petit", "la taille va", "pas un problème de taille", "la taille est bonne"),
    "too_large": ("ce n'est pas trop grand", "la coupe va très bien", "la taille est bonne"),
    "damaged_in_transit": ("le colis est arrivé en parfait état", "rien n'était cassé"),
    "defective": ("ça fonctionne", "ça marche très bien"),
    "poor_quality": ("la qualité est top", "la matière est belle", "rien à redire sur la qualité"),
    "missing_parts": ("tout était dans le carton",),
    "not_as_described": ("c'est conforme aux photos", "c'est bien comme sur la photo"),
    "wrong_item": ("c'est bien ce que j'ai commandé",),
    "arrived_late": ("la livraison a été rapide",),
    "no_longer_needed": ("je le voulais vraiment",),
}

POSITIVES = {
    "*": (
        "j'avais vraiment envie de l'aimer",
        "le modèle est très joli",
        "j'adore la couleur",
        "sur les photos c'est magnifique",
        "j'avais hâte de le recevoir",
        "je commande souvent chez vous et j'ai toujours été contente",
        "livraison rapide, merci",
    ),
    "clothes": (
        "le tissu est très doux",
        "la couleur est superbe",
        "la coupe est jolie",
        "bonne qualité pour le prix",
        "l'imprimé est trop mignon",
    ),
    "shoes": ("elles sont confortables sinon", "j'adore le style", "le cuir est très doux"),
    "home": ("c'est très joli dans la pièce", "le design est sympa", "emballage soigné"),
}

MEASUREMENTS = {
    "*": (
        "je fais {height} pour {weight}, je prends {usual} d'habitude",
        "je mesure {height} et je porte {usual} normalement",
        "je fais {usual} partout ailleurs",
        "j'ai suivi le guide des tailles et pris {usual} comme d'habitude",
        "j'ai bien regardé le guide des tailles",
        "je suis entre deux tailles, en général {usual}",
    ),
    "shoes": (
        "je chausse {usual} dans toutes les marques",
        "j'ai le pied un peu large mais je fais {usual} normalement",
    ),
    "bedding": ("notre matelas fait 140x190",),
}

CONSEQUENCES = {
    "size": ("donc je le renvoie", "dommage car il me plaisait beaucoup", "tant pis", "dommage"),
    "condition": (
        "très déçue",
        "inadmissible pour ce prix",
        "inutilisable en l'état",
        "je suis vraiment mécontent",
    ),
    "fulfillment": ("très agaçant", "ça ne me sert plus à rien", "franchement pénible"),
    "*": ("donc retour", "je le renvoie", "c'est dommage", "je le retourne"),
}

REQUESTS = {
    "size": (
        "est-ce que je peux l'échanger contre un {other_size} ?",
        "je voudrais échanger contre la taille {other_size}",
        "merci de m'envoyer le {other_size} à la place",
        "je souhaite être remboursée",
        "remboursement svp",
        "échange svp",
    ),
    "condition": (
        "je voudrais un remplacement",
        "merci de m'en renvoyer un neuf",
        "je demande un remboursement intégral",
        "merci de me rembourser",
        "dois-je le renvoyer ou pouvez-vous me rembourser directement ?",
    ),
    "fulfillment": ("merci de m'envoyer le bon article", "je souhaite être remboursé", "je veux être remboursée"),
    "*": ("je souhaite un remboursement", "remboursement svp", "un avoir me va aussi", "merci de rembourser ma carte"),
}

CONTEXTS = (
    "je l'avais acheté pour le mariage de ma sœur",
    "c'était pour un cadeau",
    "commandé pour les vacances",
    "commandé avec d'autres articles",
    "pris pendant les soldes",
    "je cherchais ce modèle depuis longtemps",
    "c'était pour le travail",
    "une amie m'a conseillé votre site",
    "c'était pour un anniversaire",
    "première commande chez vous",
    "commandé il y a deux semaines",
    "je viens d'emménager",
    "acheté avec un code promo",
)

OPENERS = ("Bonjour,", "Bonjour", "bonjour", "Bonsoir,", "Salut,", "Madame, Monsieur,", "Bonjour à vous,", "Allo,")
CLOSERS = ("Merci", "Merci d'avance", "Cordialement", "Bonne journée", "cdlt", "Merci beaucoup", "Bien à vous")
MINOR_JOINS = (
    "{minor}, mais surtout {main}",
    "{minor}, passe encore, mais {main}",
    "{minor} mais le vrai problème c'est que {main}",
    "{minor}, ça encore ça va. Par contre {main}",
    "à part que {minor}, {main}",
)
RULED_OUT_JOINS = ("{neg}, {main}", "{neg}. Par contre {main}", "{neg}, c'est juste que {main}", "{neg} mais {main}")

BANK = LanguageBank(
    lang="fr",
    grammar=grammar,
    complaints=COMPLAINTS,
    keyword_complaints=KEYWORD_COMPLAINTS,
    short=SHORT,
    minor=MINOR,
    ruled_out=RULED_OUT,
    positives=POSITIVES,
    measurements=MEASUREMENTS,
    consequences=CONSEQUENCES,
    requests=REQUESTS,
    contexts=CONTEXTS,
    openers=OPENERS,
    closers=CLOSERS,
    minor_joins=MINOR_JOINS,
    ruled_out_joins=RULED_OUT_JOINS,
    heights=("1m60", "1m65", "1,70 m", "1m58", "1m72", "1m55", "1m68", "1m75"),
    weights=("55kg", "58 kg", "62kg", "70 kilos", "65 kg", "52kg", "80kg"),
    usual_sizes={
        "*": ("du 38", "du 40", "du M", "une taille S", "du 36", "du 42", "du L", "un 38"),
        "shoes": ("du 38", "du 39", "du 37", "du 40", "du 41", "du 38,5"),
        "bottoms": ("du 40", "un W28", "du 38", "du 36", "un 29"),
        "lingerie": ("du 85C", "du 90B", "du 80D"),
    },
    colours=("bleu marine", "noir", "vert sauge", "écru", "rouille", "rose poudré", "gris", "moutarde", "kaki"),
    fillers=("bref", "franchement", "du coup", "voilà", "bon", "sérieux", "dommage"),
    informal=(
        (r"\bne (\w+) pas\b", r"\1 pas"),
        (r"\bn'(\w+) pas\b", r"\1 pas"),
        (r"\bje l'ai\b", "jl'ai"),
        (r"\btrop\b", "tro"),
        (r"\bs'il vous pla[iî]t\b", "svp"),
        (r"\bparce que\b", "pcq"),
        (r"\bbeaucoup\b", "bcp"),
        (r"\bc'est\b", "c"),
        (r"\bquand\b", "qd"),
        (r"\bje suis\b", "chui"),
        (r"\bquelque chose\b", "qqch"),
        (r"\bpour\b", "pr"),
        (r"\bmerci\b", "mci"),
    ),
    regional={
        "CA": (
            (r"\bmon conjoint\b", "mon chum"),
            (r"\bpull\b", "chandail"),
            (r"\bchaussures\b", "souliers"),
            (r"\bweek-end\b", "fin de semaine"),
            (r"\bc'est dommage\b", "c'est plate"),
            (r"\bvraiment\b", "vraiment full"),
            (r"\btrop\b", "ben trop"),
        ),
        "BE": ((r"\bsoixante-dix\b", "septante"), (r"\bquatre-vingt-dix\b", "nonante")),
        "CH": ((r"\bsoixante-dix\b", "septante"), (r"\bquatre-vingt-dix\b", "nonante"), (r"\bportable\b", "natel")),
    },
    accents_often_dropped=True,
)

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _money(amount: float, currency: str) -> str:
    number = f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{number} {'£' if currency == 'GBP' else '€'}"


def _date(moment: datetime) -> str:
    return f"{'1er' if moment.day == 1 else moment.day} {_MONTHS[moment.month - 1]}"


def _possessive(noun: Noun) -> str:
    return f"{'vos' if noun.plural else 'votre'} {noun.singular}"


REPLIES = ReplyBank(
    agents=(
        Agent("Camille", empathy=0.95, timing=0.9, next_steps=0.9, label_info=0.9, formal=True),
        Agent("Julien", empathy=0.45, timing=0.55, next_steps=0.45, label_info=0.65, formal=False),
        Agent("Nadia", empathy=0.85, timing=0.9, next_steps=0.85, label_info=0.8, formal=True),
        Agent("Thierry", empathy=0.2, timing=0.3, next_steps=0.3, label_info=0.5, formal=True),
        Agent("Léa", empathy=0.9, timing=0.8, next_steps=0.95, label_info=0.85, formal=False),
        Agent("Marc-André", empathy=0.6, timing=0.85, next_steps=0.6, label_info=0.6, formal=False),
    ),
    greetings_formal=("Bonjour {name},", "Chère cliente, cher client,", "Bonjour Madame, Monsieur {name},"),
    greetings_casual=("Bonjour {name} !", "Bonjour {name},", "Salut {name},"),
    acknowledgements=(
        "Merci pour votre message concernant la commande {order}.",
        "Nous avons bien reçu votre demande de retour pour la commande {order}.",
        "J'ai regardé votre demande de retour pour la commande {order}.",
        "Merci de nous avoir signalé le problème avec {item} (commande {order}).",
    ),
    apologies={
        "damaged_in_transit": (
            "Je suis vraiment désolée que {item} soit arrivé abîmé, "
            "ce n'est pas l'état dans lequel il aurait dû vous parvenir.",
            "Toutes nos excuses pour le colis endommagé pendant le transport.",
        ),
        "defective": (
            "Je suis navrée que {item} ne fonctionne pas correctement.",
            "Toutes nos excuses pour ce produit défectueux.",
        ),
        "missing_parts": ("Je suis désolé qu'il manque un élément dans votre colis.",),
        "not_as_described": ("Je suis désolée que {item} ne corresponde pas à notre description.",),
        "wrong_item": (
            "Toutes nos excuses pour cette erreur de préparation, elle vient de notre entrepôt.",
            "Je suis vraiment désolé, nous vous avons envoyé le mauvais article.",
        ),
    },
    sympathy=(
        "Je suis désolée que {item} ne vous convienne pas.",
        "Dommage que ça n'ait pas fonctionné cette fois-ci.",
        "Je comprends tout à fait votre déception.",
        "Désolé pour le désagrément.",
    ),
    decisions={
        "refund": (
            "Je vous confirme le remboursement intégral de {amount}.",
            "Nous allons vous rembourser {amount} sur votre moyen de paiement d'origine.",
            "Votre remboursement de {amount} est validé.",
        ),
        "exchange": ("Nous vous envoyons un article de remplacement en échange.", "L'échange est validé."),
        "exchange_size": (
            "J'ai lancé l'échange en taille {size}.",
            "Nous vous envoyons la taille {size} en échange.",
            "Je vous ai réservé un {size} en échange.",
        ),
        "store_credit": (
            "J'ai crédité votre compte d'un avoir de {amount}.",
            "Un avoir de {amount} est disponible sur votre compte, utilisable sur tout le site.",
        ),
        "keep_item": (
            "Inutile de nous le renvoyer, vous pouvez le garder : nous vous remboursons {amount}.",
            "Gardez l'article, nous vous remboursons intégralement {amount}.",
        ),
        "rejected_late": (
            "Malheureusement, votre demande nous est parvenue après le délai de retour de {days} jours, "
            "qui a pris fin le {window_end} ; nous ne pouvons donc pas accepter ce retour.",
            "Je suis au regret de vous informer que le délai de {days} jours a expiré le {window_end}.",
        ),
        "rejected_worn": (
            "Notre entrepôt a constaté que l'article avait été porté ou utilisé ; "
            "nous ne pouvons donc pas accepter le retour.",
            "Malheureusement l'article nous est revenu avec des traces d'utilisation "
            "et ne remplit pas nos conditions de retour.",
        ),
        "rejected_swapped": (
            "L'article reçu en retour n'est pas celui que nous vous avons envoyé ; "
            "aucun remboursement ne peut être effectué.",
        ),
        "rejected_empty": (
            "Le colis arrivé à notre entrepôt était vide ; nous ne pouvons pas procéder au remboursement.",
        ),
        "rejected_personalised": (
            "Les articles personnalisés ne peuvent être retournés qu'en cas de défaut ; "
            "nous ne pouvons donc pas accepter ce retour.",
        ),
    },
    timings=(
        "Le remboursement apparaîtra sur votre compte entre le {date_from} et le {date_to}.",
        "Comptez 3 à 5 jours ouvrés après réception du colis, soit au plus tard le {date_to}.",
        "Vous devriez voir le montant sur votre relevé d'ici le {date_to}.",
    ),
    labels_free=(
        "Vous trouverez en pièce jointe une étiquette de retour prépayée ; "
        "merci de déposer le colis avant le {return_by}.",
        "Je vous ai envoyé une étiquette de retour gratuite par e-mail, à utiliser avant le {return_by}.",
    ),
    labels_paid=(
        "L'étiquette de retour coûte {fee}, déduits du remboursement ; merci de déposer le colis avant le {return_by}.",
        "Vous trouverez l'étiquette en pièce jointe ({fee} seront retenus sur le remboursement), "
        "à utiliser avant le {return_by}.",
    ),
    exchange_notes=(
        "Le nouvel article partira dès que votre colis retour sera scanné par le transporteur.",
        "Nous expédierons le remplacement dès réception de l'article d'origine.",
    ),
    next_steps=(
        "Vous recevrez un e-mail dès réception de votre colis.",
        "Vous pouvez suivre votre retour dans votre espace client, rubrique Mes commandes.",
        "N'hésitez pas à répondre à ce message si besoin.",
    ),
    signoffs_formal=(
        "Bien cordialement,\n{agent}\nService client",
        "Cordialement,\n{agent}",
        "Belle journée,\n{agent}",
    ),
    signoffs_casual=("Bonne journée !\n{agent}", "À bientôt,\n{agent}", "Merci et à bientôt,\n{agent}"),
    money=_money,
    date=_date,
    possessive=_possessive,
)

FIRST_NAMES = (
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Sarah",
    "Julie",
    "Marie",
    "Pauline",
    "Claire",
    "Élodie",
    "Mathilde",
    "Anaïs",
    "Lucie",
    "Émilie",
    "Charlotte",
    "Océane",
    "Margaux",
    "Laura",
    "Justine",
    "Aurélie",
    "Sandrine",
    "Nathalie",
    "Isabelle",
    "Céline",
    "Valérie",
    "Sophie",
    "Amélie",
    "Noémie",
    "Clémence",
    "Mélanie",
    "Audrey",
    "Gabrielle",
    "Rosalie",
    "Maude",
    "Frédérique",
    "Geneviève",
    "Catherine",
    "Yasmine",
    "Fatou",
    "Sofia",
    "Nina",
    "Lucas",
    "Hugo",
    "Thomas",
    "Nicolas",
    "Julien",
    "Maxime",
    "Antoine",
    "Alexandre",
    "Kevin",
    "Romain",
    "Olivier",
    "Guillaume",
    "Mathieu",
    "Étienne",
    "Samuel",
    "Félix",
    "Karim",
    "Mehdi",
    "Luc",
    "Pierre",
    "Benoît",
    "Loïc",
    "Jérôme",
    "Sébastien",
    "Anne-Sophie",
    "Marie-Ève",
    "Jean-François",
)
