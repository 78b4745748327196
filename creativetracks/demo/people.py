"""Deterministic synthetic members and network organisations for the demo.

Everything here is plain Python: the generators return frozen dataclasses that
``seed_demo`` turns into model instances. Nothing touches the database.

* :func:`generate_people` streams :class:`PersonSeed` objects lazily (constant
  memory, so a million people are fine); the same ``seed`` always gives the same
  people, and a shorter run is a prefix of a longer one.
* :func:`generate_network_organisations` returns fictional organisations that run
  networks of creative entrepreneurs.

Countries are weighted towards those the real Creative Tracks project (2015–2017)
worked with (Portugal, the UK, Belgium, France, the Netherlands, Brazil,
Mozambique, China and the rest of Europe), with a long tail on every continent.
Countries are drawn with a low-discrepancy (golden ratio) sequence rather than
independent draws, so every country in :data:`COUNTRIES` appears within the first
1,800 people whatever the seed. Names come from the name pools of the country's
cultural and linguistic regions (:data:`NAME_POOLS`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from creativetracks.core import taxonomy

__all__ = [
    "COUNTRIES",
    "EMAIL_DOMAIN",
    "NAME_POOLS",
    "REGION_GROUPS",
    "Country",
    "NamePool",
    "OrganisationSeed",
    "PersonSeed",
    "PortfolioSeed",
    "generate_network_organisations",
    "generate_people",
    "slugify_ascii",
]

EMAIL_DOMAIN = "members.demo.creativetracks.org"
WEBSITE_DOMAIN = "example.org"
# Portfolio years and career start years are relative to this fixed year (never
# to today's date) so that the output does not change over time.
REFERENCE_YEAR = 2026
FIRST_PORTFOLIO_YEAR = 2012


# ---------------------------------------------------------------------------
# Public records
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PortfolioSeed:
    title: str
    description: str
    year: int
    sector: str


@dataclass(frozen=True)
class PersonSeed:
    first_name: str
    last_name: str
    display_name: str
    handle: str
    email: str
    country: str
    city: str
    headline: str
    bio: str
    languages: list[str]
    sectors: list[str]
    skills: list[str]
    career_stage: str
    offers_text: str
    needs_text: str
    offer_categories: list[str]
    need_categories: list[str]
    website: str
    portfolio: list[PortfolioSeed]
    joined_days_ago: int


@dataclass(frozen=True)
class OrganisationSeed:
    name: str
    slug: str
    kind: str
    country: str
    city: str
    sectors: list[str]
    description: str
    website: str


@dataclass(frozen=True)
class NamePool:
    """Given names (female and male) and family names of one region.

    Where family names change with gender (Polish, Czech, Greek, Russian,
    Baltic, Icelandic...), ``last_female`` holds the feminine form of each name
    of ``last`` at the same position.
    """

    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    last_female: tuple[str, ...] = ()
    family_first: bool = False  # display the family name first (Chinese, Korean...)

    @property
    def first_names(self) -> frozenset[str]:
        return frozenset(self.female + self.male)

    @property
    def last_names(self) -> frozenset[str]:
        return frozenset(self.last + self.last_female)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # English short name, used in generated text
    weight: float
    regions: tuple[tuple[str, float], ...]  # (name pool, weight)
    languages: tuple[str, ...]  # ISO 639-1 codes from the taxonomy, most used first
    cities: tuple[str, ...]  # the main creative hub first
    capital: str
    lingua_franca: tuple[str, ...]  # preferred second languages


# ---------------------------------------------------------------------------
# Name pools
# ---------------------------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


def _pool(female: str, male: str, last: str, last_female: str = "", family_first=False):
    pool = NamePool(_names(female), _names(male), _names(last), _names(last_female), family_first)
    assert not pool.last_female or len(pool.last_female) == len(pool.last)
    return pool


NAME_POOLS: dict[str, NamePool] = {
    "lusophone": _pool(
        "Ana, Beatriz, Inês, Mariana, Joana, Carolina, Sofia, Leonor, Catarina, Marta, Rita, "
        "Luana, Júlia, Larissa, Fernanda, Camila, Tânia, Graça, Albertina, Célia, Esperança, Nádia",
        "João, Pedro, Tiago, Miguel, Rui, Duarte, Gonçalo, André, Luís, Rafael, Lucas, Gabriel, "
        "Thiago, Felipe, Mateus, Edson, Aurélio, Nélio, Celso, Hélder, Armando, Bento",
        "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, "
        "Gonçalves, Gomes, Lopes, Marques, Almeida, Ribeiro, Carvalho, Teixeira, Cardoso, "
        "Monteiro, Machava, Cossa, Mondlane, Tembe, Nhantumbo, Langa, Neto, Baptista, Tavares, "
        "Fortes, Lima, Barbosa, Nascimento, Araújo, Soares, Ximenes",
    ),
    "hispanic": _pool(
        "María, Lucía, Carmen, Sofía, Valentina, Camila, Isabel, Paula, Daniela, Gabriela, "
        "Ximena, Fernanda, Natalia, Alejandra, Marisol, Pilar, Inés, Rocío, Guadalupe, Lorena, "
        "Montserrat, Nerea",
        "José, Juan, Carlos, Javier, Miguel, Alejandro, Diego, Pablo, Andrés, Sebastián, Mateo, "
        "Santiago, Joaquín, Tomás, Álvaro, Rodrigo, Emiliano, Iñigo, Raúl, Fernando, Jordi, Iker",
        "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, "
        "Jiménez, Ruiz, Hernández, Díaz, Moreno, Álvarez, Romero, Torres, Ramírez, Vargas, "
        "Castillo, Rojas, Mendoza, Herrera, Quispe, Gutiérrez, Morales, Ortega, Núñez, Castro, "
        "Puig, Ibáñez",
    ),
    "francophone_europe": _pool(
        "Camille, Chloé, Léa, Manon, Inès, Juliette, Louise, Margaux, Élodie, Céline, Sophie, "
        "Amélie, Hélène, Mathilde, Clémence, Aurélie, Anaïs, Justine, Noémie, Zoé",
        "Lucas, Hugo, Louis, Théo, Antoine, Julien, Mathieu, Nicolas, Pierre, Baptiste, Clément, "
        "Maxime, Étienne, Guillaume, Romain, Jérôme, Benoît, Arnaud, Raphaël, Thibault",
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, "
        "Laurent, Lefèvre, Michel, Fontaine, Chevalier, Rousseau, Girard, Lambert, Bonnet, "
        "Mercier, Dupont, Lemaire, Marchand, Gauthier, Tremblay, Gagnon, Dumont, Renard, Faure, "
        "Lacroix",
    ),
    "francophone_africa": _pool(
        "Aminata, Fatou, Awa, Mariama, Aïssatou, Ndèye, Khady, Rokia, Salimata, Kadiatou, Oumou, "
        "Fanta, Djénéba, Nafissatou, Clarisse, Grâce, Prisca, Estelle, Nadège, Bintou, Isatou",
        "Moussa, Mamadou, Ibrahima, Ousmane, Cheikh, Abdoulaye, Souleymane, Amadou, Boubacar, "
        "Seydou, Issa, Modibo, Lamine, Yacouba, Koffi, Kouassi, Serge, Hervé, Arsène, Landry, "
        "Rodrigue, Fabrice, Lamin",
        "Diallo, Ndiaye, Diop, Sow, Fall, Ba, Traoré, Coulibaly, Keïta, Koné, Camara, Touré, "
        "Sylla, Ouédraogo, Sawadogo, Kaboré, Konaté, Diarra, Sanogo, Kouamé, Yao, N'Guessan, "
        "Mbarga, Tchakounté, Agbodjan, Hounkpatin, Ekambi, Mabiala, Mukendi, Tshibanda, Ilunga, "
        "Kalonji, Jallow, Ceesay, Touray",
    ),
    "anglophone": _pool(
        "Olivia, Emily, Charlotte, Sophie, Grace, Hannah, Chloe, Lucy, Megan, Ella, Amelia, Isla, "
        "Siobhán, Aoife, Niamh, Caitlin, Rhiannon, Ffion, Jessica, Madison, Hayley, Zoe",
        "James, Oliver, Jack, Thomas, Harry, William, George, Daniel, Samuel, Joseph, Callum, "
        "Owen, Rhys, Ewan, Liam, Conor, Cian, Finn, Ethan, Noah, Tyler, Jacob",
        "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, "
        "Walker, Wright, Robinson, Thompson, Hughes, Campbell, Murphy, O'Brien, Kelly, Byrne, "
        "Ryan, MacDonald, Stewart, Anderson, Clarke, Mitchell, Morgan, Collins, Bennett",
    ),
    "anglophone_west_africa": _pool(
        "Chiamaka, Ngozi, Adaeze, Funmilayo, Folake, Temitope, Yetunde, Aisha, Zainab, Abena, "
        "Ama, Akosua, Efua, Esi, Adwoa, Nneka, Hauwa, Mariatu, Fatmata, Isatu",
        "Chinedu, Emeka, Obinna, Tunde, Olumide, Babajide, Femi, Musa, Kwame, Kofi, Kwabena, "
        "Yaw, Kojo, Kwesi, Ikenna, Segun, Ibrahim, Abdul, Alhaji, Samuel",
        "Okafor, Okonkwo, Eze, Nwosu, Adeyemi, Adebayo, Ogunleye, Balogun, Bello, Abubakar, "
        "Mensah, Owusu, Boateng, Asante, Addo, Ofori, Appiah, Kamara, Koroma, Sesay, Conteh, "
        "Bangura, Kollie, Mohammed",
    ),
    "southern_africa": _pool(
        "Thandiwe, Nomvula, Lerato, Naledi, Zanele, Rudo, Chipo, Mwila, Chanda, Palesa, "
        "Refilwe, Nokuthula, Ayanda, Busisiwe, Tsitsi, Nyasha, Kabo, Mpho, Thandeka, Dineo",
        "Sipho, Thabo, Bongani, Lwazi, Tapiwa, Tatenda, Farai, Mwansa, Chisomo, Kagiso, Tshepo, "
        "Mandla, Sibusiso, Themba, Kabelo, Tinashe, Kudzai, Mthunzi, Chikondi, Tumelo",
        "Nkosi, Dlamini, Ndlovu, Khumalo, Mokoena, Moyo, Chikwanha, Mutasa, Banda, Phiri, Mwale, "
        "Tembo, Zulu, Mahlangu, Sithole, Mabaso, Molefe, Modise, Sibanda, Ncube, Chirwa, Mbewe, "
        "Amutenya, Shikongo",
    ),
    "east_africa": _pool(
        "Wanjiru, Njeri, Akinyi, Atieno, Achieng, Wambui, Nyambura, Mwajuma, Rehema, Neema, "
        "Imani, Zawadi, Halima, Upendo, Furaha, Uwase, Ineza, Umutoni, Keza, Nakato, Namusoke",
        "Kamau, Otieno, Ochieng, Mwangi, Kiprono, Baraka, Juma, Hamisi, Salim, Rashidi, Jabari, "
        "Bakari, Daudi, Mugisha, Ishimwe, Irakoze, Mutabazi, Okello, Amani, Omondi, Kiprop",
        "Kamau, Mwangi, Ochieng, Otieno, Wanjiku, Njoroge, Chebet, Kariuki, Odhiambo, Mushi, "
        "Mrema, Massawe, Mwakalinga, Kimaro, Said, Mbwana, Uwimana, Niyonzima, Mugabo, Habimana, "
        "Nshimiyimana, Hakizimana, Nsengiyumva, Ssali, Mukasa, Okello, Wekesa",
    ),
    "horn_africa": _pool(
        "Hana, Selam, Meron, Bethlehem, Tigist, Mahlet, Hiwot, Saba, Rahel, Liya, Frehiwot, "
        "Eden, Meskerem, Almaz, Hodan, Ayan, Sagal, Fadumo, Ifrah, Nimco, Hamdi, Warsan",
        "Abebe, Dawit, Yonas, Tesfaye, Bereket, Samuel, Henok, Kidus, Eyob, Mulugeta, Tewodros, "
        "Natnael, Getachew, Biniam, Abdi, Abdirahman, Mohamed, Hassan, Ahmed, Omar, Liban, Guled",
        "Tesfaye, Bekele, Haile, Girma, Alemu, Tadesse, Wolde, Mengistu, Kebede, Gebremedhin, "
        "Tekle, Desta, Mekonnen, Assefa, Abera, Ayele, Farah, Warsame, Abdullahi, Hersi, Nur, "
        "Jama, Osman, Yusuf",
    ),
    "malagasy": _pool(
        "Fara, Tiana, Voahirana, Nirina, Fanja, Lova, Mialy, Hasina, Onja, Ravaka, Kanto, Miora, "
        "Soa, Fitiavana, Noro, Vola, Haingo, Tahiry, Mamisoa, Rindra",
        "Hery, Haja, Mamy, Rivo, Tahina, Andry, Njaka, Sitraka, Tsiry, Toky, Zo, Fanomezana, "
        "Rado, Tojo, Faly, Naina, Mahery, Ando, Lalaina, Fetra",
        "Rakoto, Rakotomalala, Rasoanaivo, Randriamanana, Razafindrakoto, Andrianarisoa, "
        "Rabemananjara, Ramanantsoa, Ratsimbazafy, Rakotondrabe, Razafimahatratra, "
        "Randrianasolo, Rasolofo, Rajaonarison, Andriamihaja, Rakotoarisoa, Razanamparany, "
        "Rabearivelo, Ranaivo, Raharimanana, Rakotovao",
    ),
    "arabic": _pool(
        "Fatima, Amina, Leila, Yasmine, Nour, Salma, Mariam, Hana, Rania, Dina, Sara, Lina, "
        "Zeinab, Rim, Samira, Nadia, Houda, Imane, Khadija, Asmaa, Farah, Malak",
        "Mohamed, Ahmed, Youssef, Omar, Karim, Ali, Hassan, Khaled, Mahmoud, Tarek, Amine, "
        "Mehdi, Rachid, Walid, Ziad, Sami, Hamza, Bilal, Nabil, Fadi, Rami, Adel",
        "El Amrani, Benali, Bennani, Haddad, Khalil, Mansour, Saleh, Nasser, Hamdan, Abdallah, "
        "Ibrahim, Hassan, Said, Aziz, Mahmoud, El Idrissi, Belkacem, Trabelsi, Chaouch, "
        "Ben Youssef, Khoury, Fakhoury, Najjar, Darwish, Qasim, Al-Masri, Al-Hashimi, Farouk, "
        "Sabry, Othman, Hijazi, Ayoub",
    ),
    "hebrew": _pool(
        "Noa, Yael, Tamar, Maya, Shira, Michal, Adi, Hila, Noga, Inbar, Rotem, Avigail, Liat, "
        "Dana, Keren, Shani, Ella, Neta, Ayelet, Talia",
        "Yosef, David, Daniel, Itai, Omer, Eitan, Noam, Yonatan, Ariel, Amit, Guy, Uri, Lior, "
        "Ido, Nadav, Yuval, Roee, Avi, Gal, Matan",
        "Cohen, Levi, Mizrahi, Peretz, Biton, Dahan, Avraham, Friedman, Agmon, Katz, Azoulay, "
        "Shapiro, Goldberg, Ben-David, Ohana, Malka, Shalom, Rosen, Segal, Hadad, Ashkenazi, "
        "Carmeli",
    ),
    "turkish": _pool(
        "Elif, Zeynep, Ayşe, Fatma, Merve, Büşra, Selin, Ece, Defne, Deniz, İrem, Gizem, Özge, "
        "Pınar, Ceren, Melis, Nazlı, Aslı, Şule, Gül",
        "Mehmet, Mustafa, Ahmet, Emre, Burak, Can, Cem, Kerem, Murat, Oğuz, Serkan, Hakan, Barış, "
        "Onur, Ozan, Tolga, Umut, Yiğit, Eren, Kaan",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, "
        "Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Erdem, Aksoy, Polat, Güneş",
    ),
    "persian": _pool(
        "Maryam, Zahra, Shirin, Parisa, Nazanin, Laleh, Niloufar, Golnaz, Sara, Mina, Roya, "
        "Azadeh, Samira, Negar, Setareh, Ladan, Mahsa, Yasaman, Parvaneh, Fereshteh, Marjan",
        "Ali, Reza, Mohammad, Hossein, Amir, Mehdi, Arash, Kaveh, Babak, Dariush, Omid, Saeed, "
        "Farhad, Kian, Navid, Pouya, Behnam, Shahin, Siavash, Ramin, Ahmad, Farid",
        "Hosseini, Ahmadi, Mohammadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, "
        "Ghorbani, Sadeghi, Tehrani, Kazemi, Azizi, Rostami, Shirazi, Farahani, Nazari, Amini, "
        "Sultani, Haidari, Rahmani",
    ),
    "german": _pool(
        "Anna, Lena, Laura, Julia, Lea, Hannah, Sophia, Mia, Lisa, Katharina, Johanna, Greta, "
        "Annika, Eva, Clara, Marie, Franziska, Theresa, Jana, Leonie, Paula",
        "Lukas, Jonas, Felix, Maximilian, Leon, Paul, Tobias, Jan, Niklas, Florian, Matthias, "
        "Stefan, Jens, Moritz, Simon, Julian, Fabian, Sebastian, Philipp, David",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schäfer, "
        "Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Zimmermann, Huber, Gruber, "
        "Steiner, Brunner, Keller, Baumann, Frei",
    ),
    "dutch_flemish": _pool(
        "Femke, Sanne, Lotte, Eva, Fleur, Anouk, Liesbeth, Maaike, Marieke, Emma, Julia, Sara, "
        "Lieke, Noor, Ilse, Floor, Elke, Hanne, Lien, Nele",
        "Daan, Sem, Bram, Thijs, Joost, Pieter, Wouter, Jeroen, Ruben, Jan, Lars, Milan, Stijn, "
        "Tim, Koen, Bart, Niels, Sander, Jasper, Arne",
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, "
        "de Boer, Mulder, Bos, Vos, Peters, Hendriks, Peeters, Janssens, Maes, Jacobs, Claes, "
        "Wouters, Willems, Mertens, Goossens, De Smet, Verbruggen",
    ),
    "nordic": _pool(
        "Emma, Ida, Freja, Astrid, Ingrid, Sigrid, Maja, Elsa, Saga, Linnea, Ebba, Karin, Malin, "
        "Nora, Thea, Sofie, Mette, Signe, Kaja, Liv, Tuva, Frida",
        "Lars, Erik, Anders, Magnus, Oskar, Nils, Henrik, Jonas, Mikkel, Rasmus, Søren, Kasper, "
        "Emil, Viktor, Axel, Olav, Sindre, Håkon, Jesper, Mads, Gustav, Björn",
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
        "Lindqvist, Berg, Lindström, Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, "
        "Nielsen, Jensen, Christensen, Haugen, Bakke, Solberg, Sørensen, Dahl, Holm",
    ),
    "finnish": _pool(
        "Aino, Eveliina, Helmi, Iida, Johanna, Kaisa, Laura, Minna, Noora, Oona, Pauliina, "
        "Riikka, Sanna, Satu, Tiina, Veera, Elina, Hanna, Anni, Emilia, Sofia",
        "Aleksi, Antti, Eero, Janne, Jussi, Juho, Kalle, Lauri, Matti, Mikko, Onni, Otto, Pekka, "
        "Sami, Teemu, Tuomas, Ville, Väinö, Eetu, Joonas, Oskari",
        "Virtanen, Korhonen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, "
        "Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, "
        "Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen",
    ),
    "icelandic": _pool(
        "Guðrún, Sigríður, Kristín, Helga, Anna, Jóhanna, Katrín, Sara, Hildur, Ragnheiður, "
        "Ásdís, Birna, Eydís, Hrafnhildur, Sólveig, Þóra, Steinunn, Bryndís, Elín, Embla",
        "Jón, Sigurður, Guðmundur, Gunnar, Ólafur, Einar, Kristján, Stefán, Magnús, Björn, Árni, "
        "Helgi, Páll, Þór, Halldór, Ragnar, Egill, Hrafn, Birkir, Atli",
        "Jónsson, Sigurðsson, Guðmundsson, Gunnarsson, Ólafsson, Einarsson, Kristjánsson, "
        "Stefánsson, Jóhannsson, Magnússon, Björnsson, Árnason, Helgason, Pálsson, Þórsson, "
        "Halldórsson, Ragnarsson, Egilsson, Karlsson, Friðriksson, Hauksson, Bjarnason",
        "Jónsdóttir, Sigurðardóttir, Guðmundsdóttir, Gunnarsdóttir, Ólafsdóttir, Einarsdóttir, "
        "Kristjánsdóttir, Stefánsdóttir, Jóhannsdóttir, Magnúsdóttir, Björnsdóttir, Árnadóttir, "
        "Helgadóttir, Pálsdóttir, Þórsdóttir, Halldórsdóttir, Ragnarsdóttir, Egilsdóttir, "
        "Karlsdóttir, Friðriksdóttir, Hauksdóttir, Bjarnadóttir",
    ),
    "italian": _pool(
        "Giulia, Francesca, Chiara, Sara, Martina, Alessia, Federica, Valentina, Elisa, Silvia, "
        "Giorgia, Beatrice, Ilaria, Serena, Marta, Caterina, Arianna, Ludovica, Benedetta, Noemi",
        "Marco, Luca, Matteo, Alessandro, Andrea, Francesco, Lorenzo, Davide, Simone, Federico, "
        "Giacomo, Riccardo, Niccolò, Tommaso, Stefano, Paolo, Giovanni, Pietro, Emanuele, Filippo",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, "
        "Gallo, Conti, De Luca, Costa, Giordano, Mancini, Rizzo, Lombardi, Moretti, Barbieri, "
        "Fontana, Santoro, Mariani, Rinaldi, Caruso, Galea, Grech",
    ),
    "greek": _pool(
        "Maria, Eleni, Katerina, Sofia, Dimitra, Georgia, Ioanna, Vasiliki, Anastasia, Despoina, "
        "Christina, Angeliki, Evangelia, Konstantina, Athina, Zoi, Myrto, Danai, Ariadni, Foteini",
        "Giorgos, Dimitris, Konstantinos, Nikos, Yannis, Kostas, Christos, Panagiotis, Vasilis, "
        "Alexandros, Stavros, Thanasis, Michalis, Petros, Spyros, Manolis, Andreas, Stelios, "
        "Theodoros, Pavlos",
        "Papadopoulos, Papadakis, Georgiou, Nikolaidis, Vlachos, Karagiannis, Pappas, "
        "Dimitriou, Konstantinidis, Makris, Alexiou, Michailidis, Angelopoulos, Galanis, "
        "Mavridis, Lambrou, Kyriakou, Stavrou, Theodorou, Anagnostopoulos, Petridis, Ioannou",
        "Papadopoulou, Papadaki, Georgiou, Nikolaidou, Vlachou, Karagianni, Pappa, Dimitriou, "
        "Konstantinidou, Makri, Alexiou, Michailidou, Angelopoulou, Galani, Mavridou, Lambrou, "
        "Kyriakou, Stavrou, Theodorou, Anagnostopoulou, Petridou, Ioannou",
    ),
    "slavic_east": _pool(
        "Anastasia, Daria, Ekaterina, Maria, Olga, Anna, Yulia, Alina, Sofia, Polina, Kseniya, "
        "Irina, Oksana, Nataliya, Olena, Iryna, Kateryna, Viktoriya, Svitlana, Tetiana",
        "Alexei, Dmitri, Ivan, Sergei, Mikhail, Nikita, Artem, Maxim, Andrei, Pavel, Oleksandr, "
        "Dmytro, Andriy, Bohdan, Taras, Yurii, Vitaliy, Mykola, Kirill, Yegor",
        "Ivanov, Smirnov, Kuznetsov, Popov, Sokolov, Lebedev, Kozlov, Novikov, Morozov, Volkov, "
        "Orlov, Pavlov, Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Boyko, "
        "Kovalchuk, Lysenko, Marchenko",
        "Ivanova, Smirnova, Kuznetsova, Popova, Sokolova, Lebedeva, Kozlova, Novikova, Morozova, "
        "Volkova, Orlova, Pavlova, Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, "
        "Melnyk, Boyko, Kovalchuk, Lysenko, Marchenko",
    ),
    "polish": _pool(
        "Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Małgorzata, Aleksandra, Zofia, Zuzanna, "
        "Julia, Maja, Natalia, Weronika, Karolina, Marta, Ewa, Monika, Paulina, Justyna, Dominika",
        "Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Jakub, Kacper, Mateusz, Łukasz, "
        "Wojciech, Bartosz, Szymon, Filip, Adam, Grzegorz, Maciej, Antoni, Kamil, Jan",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
        "Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, "
        "Piotrowski, Grabowski, Nowakowski, Pawłowski, Michalski, Król",
        "Nowak, Kowalska, Wiśniewska, Wójcik, Kowalczyk, Kamińska, Lewandowska, Zielińska, "
        "Szymańska, Woźniak, Dąbrowska, Kozłowska, Jankowska, Mazur, Kwiatkowska, Krawczyk, "
        "Piotrowska, Grabowska, Nowakowska, Pawłowska, Michalska, Król",
    ),
    "czech_slovak": _pool(
        "Tereza, Eliška, Adéla, Kateřina, Lucie, Veronika, Barbora, Klára, Markéta, Zuzana, "
        "Petra, Jana, Lenka, Simona, Kristýna, Michaela, Monika, Hana, Martina, Natália",
        "Jan, Jakub, Tomáš, Ondřej, Lukáš, Martin, Petr, Vojtěch, Matěj, Filip, David, Adam, "
        "Michal, Jiří, Pavel, Marek, Juraj, Peter, Miroslav, Štefan",
        "Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Marek, "
        "Pokorný, Král, Růžička, Beneš, Fiala, Sedláček, Horváth, Kováč, Varga, Tóth, Baláž",
        "Nováková, Svobodová, Novotná, Dvořáková, Černá, Procházková, Kučerová, Veselá, "
        "Horáková, Němcová, Marková, Pokorná, Králová, Růžičková, Benešová, Fialová, "
        "Sedláčková, Horváthová, Kováčová, Vargová, Tóthová, Balážová",
    ),
    "hungarian": _pool(
        "Anna, Eszter, Réka, Zsófia, Katalin, Dóra, Boglárka, Lilla, Petra, Nóra, Orsolya, "
        "Judit, Krisztina, Fanni, Hanna, Luca, Viktória, Ágnes, Enikő, Zsuzsanna",
        "Bence, Máté, Levente, Dávid, Balázs, Gergő, Ádám, Tamás, Péter, László, Zoltán, Gábor, "
        "Attila, Márton, Dániel, Csaba, Norbert, Kristóf, Zsolt, Áron",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, "
        "Takács, Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szilágyi, Török",
    ),
    "romanian": _pool(
        "Maria, Elena, Ioana, Andreea, Alexandra, Mihaela, Ana, Cristina, Irina, Raluca, Diana, "
        "Bianca, Oana, Roxana, Alina, Daria, Ilinca, Teodora, Simona, Larisa",
        "Andrei, Alexandru, Mihai, Ion, Ștefan, Gabriel, Cristian, Vlad, Radu, Bogdan, Adrian, "
        "Florin, Ionuț, Răzvan, Sorin, Tudor, Matei, Dragoș, Victor, Cătălin",
        "Popescu, Ionescu, Popa, Pop, Dumitru, Stan, Stoica, Gheorghe, Rusu, Munteanu, Matei, "
        "Constantin, Șerban, Moldovan, Lungu, Ciobanu, Vasile, Marin, Toma, Dinu, Ene, Nistor, "
        "Cojocaru",
    ),
    "lithuanian": _pool(
        "Gabija, Emilija, Austėja, Ieva, Rūta, Eglė, Greta, Ugnė, Kotryna, Urtė, Gintarė, Indrė, "
        "Aistė, Milda, Justina, Agnė, Viktorija, Rasa, Jurgita, Lina",
        "Lukas, Matas, Jonas, Mantas, Tomas, Dovydas, Vytautas, Mindaugas, Paulius, Domantas, "
        "Karolis, Justas, Tadas, Andrius, Darius, Gediminas, Rokas, Aurimas, Simonas, Giedrius",
        "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, "
        "Paulauskas, Urbonas, Kavaliauskas, Balčiūnas, Navickas, Ramanauskas, Savickas, Mockus, "
        "Rimkus, Žilinskas, Šimkus, Adomaitis, Vaitkus, Sakalauskas, Baranauskas",
        "Kazlauskaitė, Jankauskaitė, Petrauskaitė, Stankevičiūtė, Vasiliauskaitė, Žukauskaitė, "
        "Butkutė, Paulauskaitė, Urbonaitė, Kavaliauskaitė, Balčiūnaitė, Navickaitė, "
        "Ramanauskaitė, Savickaitė, Mockutė, Rimkutė, Žilinskaitė, Šimkutė, Adomaitytė, "
        "Vaitkutė, Sakalauskaitė, Baranauskaitė",
    ),
    "latvian": _pool(
        "Anna, Līga, Ilze, Kristīne, Elīna, Laura, Marta, Sanita, Inese, Dace, Zane, Evija, "
        "Agnese, Santa, Baiba, Madara, Linda, Alise, Katrīna, Anete",
        "Jānis, Mārtiņš, Andris, Kārlis, Edgars, Roberts, Artūrs, Dāvis, Kristaps, Rihards, Toms, "
        "Raivis, Ģirts, Uldis, Valters, Emīls, Gatis, Aigars, Ivars, Pēteris",
        "Bērziņš, Kalniņš, Ozoliņš, Jansons, Liepiņš, Krūmiņš, Zariņš, Pētersons, Vītols, "
        "Kļaviņš, Balodis, Eglītis, Ozols, Siliņš, Kārkliņš, Lācis, Zvirbulis, Upītis, Vilks, "
        "Āboliņš, Grīnbergs, Kalējs",
        "Bērziņa, Kalniņa, Ozoliņa, Jansone, Liepiņa, Krūmiņa, Zariņa, Pētersone, Vītola, "
        "Kļaviņa, Balode, Eglīte, Ozola, Siliņa, Kārkliņa, Lāce, Zvirbule, Upīte, Vilka, "
        "Āboliņa, Grīnberga, Kalēja",
    ),
    "estonian": _pool(
        "Kadri, Liis, Triin, Kristiina, Mari, Kertu, Maarja, Anu, Kati, Piret, Helen, Laura, "
        "Sandra, Eliise, Grete, Hanna, Marleen, Kärt, Merili, Mirjam",
        "Mart, Tõnis, Rasmus, Kristjan, Siim, Margus, Tanel, Priit, Ott, Andres, Karl, Martin, "
        "Markus, Oliver, Robin, Sander, Taavi, Indrek, Jaan, Kaspar",
        "Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Lepp, Koppel, Pärn, Kuusk, Karu, "
        "Põder, Oja, Luik, Lõhmus, Raudsepp, Kallas, Vaher, Toom, Kivi, Mets",
    ),
    "balkan_west": _pool(
        "Ana, Marija, Jelena, Ivana, Milica, Jovana, Maja, Tamara, Nina, Sara, Petra, Lucija, "
        "Katarina, Mia, Amra, Lejla, Ajla, Sanja, Dragana, Teodora, Mila, Nika, Špela",
        "Marko, Nikola, Luka, Stefan, Filip, Ivan, Petar, Miloš, Aleksandar, Dušan, Vuk, "
        "Nemanja, Matej, Tomislav, Emir, Adnan, Amar, Jure, Goran, Dejan, Žiga",
        "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Horvat, "
        "Kovačević, Babić, Marić, Novak, Knežević, Hodžić, Hadžić, Begić, Popović, Krajnc, "
        "Zupančič, Kovačič, Vuković, Radović, Perić",
    ),
    "balkan_east": _pool(
        "Maria, Elena, Ivana, Gergana, Desislava, Teodora, Viktoria, Radostina, Tsvetelina, "
        "Kalina, Yana, Simona, Boryana, Nikol, Martina, Aleksandra, Marija, Bojana, Ana, Vesna",
        "Georgi, Ivan, Dimitar, Nikolay, Aleksandar, Hristo, Stoyan, Petar, Todor, Kaloyan, "
        "Martin, Viktor, Boris, Angel, Yordan, Vasil, Stefan, Filip, Goran, Bojan",
        "Georgiev, Dimitrov, Ivanov, Petrov, Nikolov, Stoyanov, Todorov, Kolev, Angelov, "
        "Yordanov, Hristov, Popovski, Stojanovski, Nikolovski, Trajkovski, Petrovski, Dimovski, "
        "Ristovski, Georgievski, Jovanovski, Angelovski, Kostov",
        "Georgieva, Dimitrova, Ivanova, Petrova, Nikolova, Stoyanova, Todorova, Koleva, "
        "Angelova, Yordanova, Hristova, Popovska, Stojanovska, Nikolovska, Trajkovska, "
        "Petrovska, Dimovska, Ristovska, Georgievska, Jovanovska, Angelovska, Kostova",
    ),
    "albanian": _pool(
        "Elira, Arta, Blerta, Besa, Drita, Era, Fjolla, Jonida, Klea, Ledia, Mimoza, Anisa, "
        "Erisa, Ajola, Dea, Xhesika, Alketa, Lindita, Teuta, Albana",
        "Arben, Besnik, Dritan, Endri, Ermal, Florian, Gentian, Ilir, Klodian, Ledion, Albion, "
        "Ardit, Bledar, Erion, Kristi, Luan, Marsel, Orges, Redon, Sokol",
        "Hoxha, Shehu, Gjoka, Dervishi, Kola, Leka, Marku, Prifti, Basha, Brahimi, Hysa, "
        "Kelmendi, Krasniqi, Gashi, Cela, Muça, Lika, Doçi, Tafaj, Xhafa, Zeqiri, Bajrami",
    ),
    "chinese": _pool(
        "Yuting, Xinyi, Jing, Mei, Wenjing, Jiayi, Yuxin, Siqi, Xiaoyu, Zihan, Ruoxi, Shuang, "
        "Lan, Hui, Qian, Yan, Ying, Xue, Yi-Ting, Hsin-Yi, Ka Yan, Mei Ling",
        "Wei, Hao, Jun, Lei, Tao, Zihao, Haoran, Yuxuan, Jiahao, Zhiwei, Jian, Ming, Bo, Peng, "
        "Kai, Qiang, Xiang, Yi, Chun, Chia-Hao, Wing Hong, Jun Jie",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, "
        "Lin, Gao, Luo, Zheng, Liang, Tan, Lim, Wong, Chan, Lee, Ng",
        family_first=True,
    ),
    "japanese": _pool(
        "Yui, Aoi, Hina, Sakura, Yuna, Mio, Rin, Haruka, Misaki, Nanami, Ayaka, Mai, Emi, Yuki, "
        "Kana, Saki, Nao, Akari, Mizuki, Chihiro",
        "Haruto, Sota, Yuto, Ren, Riku, Kaito, Takumi, Daiki, Shota, Kenta, Ryo, Yuma, Sho, "
        "Hiroshi, Kenji, Takeshi, Naoki, Daisuke, Kazuki, Yusuke",
        "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, "
        "Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, "
        "Yamazaki, Mori, Abe, Ikeda, Hashimoto",
    ),
    "korean": _pool(
        "Ji-woo, Seo-yeon, Min-ji, Ha-eun, Ji-min, Soo-ah, Ye-jin, Da-eun, Yu-na, Hye-jin, "
        "Eun-ji, So-yeon, Ji-hye, Su-bin, Na-yeon, Chae-won, Hae-won, Seo-hyun, Ji-yoon, Mi-rae",
        "Min-jun, Seo-jun, Do-yun, Ji-ho, Joon-ho, Hyun-woo, Jae-won, Sung-min, Tae-yang, "
        "Jun-seo, Dong-hyun, Woo-jin, Jin-woo, Sang-hoon, Young-ho, Kyung-soo, Ji-hoon, "
        "Seung-woo, Hyun-jun, Yoon-ho",
        "Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, "
        "Hwang, Ahn, Song, Yoo, Hong, Jeon, Ko, Moon, Yang, Baek",
        family_first=True,
    ),
    "mongolian": _pool(
        "Anu, Ariunaa, Bolormaa, Enkhjargal, Gerelmaa, Khulan, Misheel, Narantsetseg, Nomin, "
        "Oyunchimeg, Saruul, Solongo, Tsetseg, Uyanga, Zaya, Odval, Nandin, Sarnai, Maral, "
        "Altantsetseg",
        "Bat-Erdene, Batbayar, Bilguun, Bold, Enkhbayar, Erdene, Ganbaatar, Gantulga, Khuslen, "
        "Munkh-Erdene, Naranbaatar, Ochir, Sükhbaatar, Temuulen, Tömör, Tsogt, Batsaikhan, "
        "Dorj, Zorig, Altangerel, Ganzorig",
        "Batbold, Dorj, Ganbold, Bayar, Enkhbold, Tserendorj, Purev, Sükh, Batsükh, Otgonbayar, "
        "Gankhuyag, Erdenebat, Baatar, Lkhagva, Davaa, Tsogtbaatar, Naran, Jargal, Ochirbat, "
        "Dashdorj, Munkhbat",
    ),
    "south_asian": _pool(
        "Priya, Ananya, Aditi, Kavya, Meera, Nandini, Pooja, Riya, Shreya, Sneha, Divya, "
        "Lakshmi, Aishwarya, Deepika, Ishita, Tanvi, Nisha, Anjali, Sita, Sunita, Gayathri",
        "Aarav, Arjun, Rahul, Rohan, Vikram, Aditya, Karthik, Siddharth, Anand, Nikhil, Rajesh, "
        "Sanjay, Varun, Pranav, Kiran, Ravi, Suresh, Bikash, Prakash, Dinesh, Aravind",
        "Sharma, Patel, Singh, Kumar, Gupta, Iyer, Nair, Reddy, Menon, Rao, Das, Mukherjee, "
        "Banerjee, Chatterjee, Joshi, Desai, Mehta, Pillai, Krishnan, Shrestha, Thapa, Gurung, "
        "Sivakumar, Rajaratnam",
    ),
    "south_asian_muslim": _pool(
        "Ayesha, Fatima, Zainab, Sana, Hira, Mahnoor, Amna, Iqra, Maryam, Nadia, Rabia, Sadia, "
        "Farzana, Nusrat, Tasnim, Sumaiya, Mehwish, Anika, Rukhsana, Shabnam, Aminath",
        "Muhammad, Ahmed, Ali, Hassan, Usman, Bilal, Hamza, Imran, Faisal, Asif, Kamran, "
        "Zubair, Tariq, Rafiq, Arif, Shahid, Tanvir, Rakib, Sajid, Irfan, Zahid",
        "Khan, Ahmed, Hussain, Rahman, Ali, Malik, Qureshi, Chaudhry, Siddiqui, Shaikh, Butt, "
        "Akhtar, Iqbal, Raza, Abbasi, Mirza, Hossain, Islam, Chowdhury, Akter, Uddin, Haque, "
        "Mahmud",
    ),
    "southeast_asian": _pool(
        "Siti, Nur, Dewi, Putri, Ayu, Rina, Sari, Indah, Intan, Wulan, Fitri, Nurul, Aisyah, "
        "Amira, Laras, Kartika, Rahma, Anisa, Dian, Aishah, Farah",
        "Ahmad, Muhammad, Budi, Agus, Rizky, Dimas, Arif, Andi, Bayu, Hendra, Eko, Fajar, Yusuf, "
        "Hafiz, Aiman, Danial, Irfan, Hakim, Iqbal, Reza, Wahyu",
        "Santoso, Wijaya, Pratama, Saputra, Hidayat, Nugroho, Kusuma, Setiawan, Siregar, "
        "Nasution, Harahap, Lubis, Simanjuntak, Sitompul, Halim, Rahman, Abdullah, Ismail, "
        "Hassan, Yusof, Othman, Ibrahim, Aziz, Hamid",
    ),
    "filipino": _pool(
        "Maria, Angelica, Kristine, Jasmine, Camille, Patricia, Nicole, Andrea, Bea, Liza, "
        "Maricel, Rowena, Joy, Princess, Clarisse, Jenica, Trixie, Kaye, Althea, Mika",
        "Juan, Jose, Mark, John Paul, Carlo, Paolo, Miguel, Rafael, Gabriel, Jericho, Christian, "
        "Jomar, Renato, Ramon, Angelo, Bryan, Kevin, Joshua, Emmanuel, Aldrin",
        "Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Castillo, Flores, "
        "Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Salazar, Mercado, Dela Cruz, "
        "De Leon, Manalo, Soriano, Dizon, Pangilinan",
    ),
    "thai_lao": _pool(
        "Siriporn, Ploy, Nattaya, Pimchanok, Kanokwan, Supaporn, Wanida, Chanida, Ratana, "
        "Araya, Jiraporn, Malee, Pranee, Suda, Patcharee, Sasithorn, Thanchanok, Warunee, "
        "Khamla, Manivone, Sengdao",
        "Somchai, Somsak, Anan, Thanawat, Kittisak, Nattapong, Pongsakorn, Chaiwat, Surachai, "
        "Apichat, Thanakorn, Krit, Prasert, Wichai, Narong, Phanuwat, Teerapat, Bounmy, "
        "Khamphone, Souphanh",
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Sukprasert, Thongchai, Kaewmanee, "
        "Boonmee, Phromma, Somboon, Jaidee, Charoenkul, Sirikul, Intarasuk, Panyawong, "
        "Phommachanh, Sayavong, Keomany, Inthavong, Siripanya",
    ),
    "vietnamese": _pool(
        "Linh, Trang, Hương, Mai, Thảo, Ngọc, Lan, Hà, Phương, Thu, Vy, Quỳnh, Hạnh, Minh Anh, "
        "Ngọc Lan, Thu Hà, Bảo Ngọc, Khánh Linh, Diệu Linh, Thanh Hằng",
        "Minh, Hùng, Tuấn, Dũng, Nam, Huy, Khoa, Long, Phúc, Quang, Thành, Bảo, Đức, Khánh, "
        "Đức Anh, Quang Huy, Minh Quân, Hoàng Nam, Gia Bảo, Tiến",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, "
        "Đinh, Trương, Lâm, Mai, Tô, Cao",
        family_first=True,
    ),
    "burmese": _pool(
        "Thiri, Su, Hnin, Ei, Myat, Yadanar, Khin, Thandar, May, Nandar, Sandar, Phyu, Shwe, "
        "Zin, Thazin, Wutyi, Nilar, Cho, Moe, Hsu",
        "Aung, Htet, Min, Kyaw, Zaw, Nay, Phyo, Wai, Ye, Hein, Thura, Zeyar, Soe, Kaung, Thant, "
        "Myo, Naing, Tun, Htoo, Pyae",
        "Naing, Htun, Oo, Win, Myint, Aung, Kyaw, Thu, Lwin, Soe, Zaw, Phyo, Mon, Htwe, Khaing, "
        "Thant, Hlaing, Moe, Nwe, Thein, Maung",
    ),
    "khmer": _pool(
        "Sophea, Sreymom, Chanthou, Bopha, Channary, Kanha, Leakhena, Malis, Sokha, Phalla, "
        "Rachana, Sothea, Vanna, Sopheap, Thida, Chenda, Kunthea, Pisey, Sreyneang, Dara",
        "Vannak, Piseth, Rithy, Sovann, Chantha, Kosal, Makara, Samnang, Sambath, Visal, "
        "Bunthoeun, Chhay, Virak, Sophal, Vuthy, Ratanak, Phirun, Sothy, Veasna, Sokun",
        "Sok, Chan, Kim, Heng, Chea, Ly, Meas, Keo, Nhem, Prak, Ouk, Pich, Seng, Sam, Mao, "
        "Chhun, Nuon, Touch, Yim, Som, Hem, Long",
        family_first=True,
    ),
    "central_asian": _pool(
        "Aigerim, Aruzhan, Dana, Madina, Dilnoza, Gulnara, Zarina, Kamila, Nargiza, Aizhan, "
        "Saltanat, Dinara, Malika, Shakhnoza, Aisulu, Nilufar, Gulshan, Asel, Aida, Mohinur",
        "Nurlan, Timur, Aibek, Daniyar, Yerlan, Arman, Bekzat, Azamat, Rustam, Jasur, Sardor, "
        "Bakhtiyor, Farrukh, Dilshod, Aziz, Ulan, Sanjar, Bobur, Akmal, Ruslan, Alisher",
        "Akhmetov, Nurpeisov, Sultanov, Abenov, Zhumabaev, Iskakov, Bekov, Ismailov, Rakhimov, "
        "Yusupov, Usmonov, Tursunov, Nazarov, Alimov, Ergashev, Kasymov, Toktogulov, Mamytov, "
        "Saidov, Kurbanov, Atayev, Orazov",
        "Akhmetova, Nurpeisova, Sultanova, Abenova, Zhumabaeva, Iskakova, Bekova, Ismailova, "
        "Rakhimova, Yusupova, Usmonova, Tursunova, Nazarova, Alimova, Ergasheva, Kasymova, "
        "Toktogulova, Mamytova, Saidova, Kurbanova, Atayeva, Orazova",
    ),
    "georgian": _pool(
        "Nino, Mariam, Ana, Tamar, Salome, Elene, Natia, Ketevan, Tamta, Nana, Sopho, Nutsa, "
        "Lika, Eka, Tekla, Khatia, Maka, Nini, Keti, Lana",
        "Giorgi, Davit, Levan, Luka, Nikoloz, Irakli, Zurab, Lasha, Sandro, Tornike, Giga, Beka, "
        "Otar, Revaz, Vakhtang, Gela, Dato, Nika, Saba, Archil",
        "Beridze, Kapanadze, Gelashvili, Maisuradze, Giorgadze, Lomidze, Tsiklauri, Bolkvadze, "
        "Kvaratskhelia, Nozadze, Abashidze, Khutsishvili, Mchedlishvili, Janelidze, Tsereteli, "
        "Chikovani, Gogoladze, Melikishvili, Dolidze, Kiknadze, Japaridze, Mamaladze",
    ),
    "armenian": _pool(
        "Anahit, Ani, Lusine, Mariam, Nare, Narine, Gayane, Armine, Lilit, Anush, Hasmik, "
        "Siranush, Tatev, Syuzanna, Arpi, Mane, Nune, Astghik, Shushan, Zaruhi",
        "Aram, Armen, Arman, Davit, Gor, Hayk, Hovhannes, Karen, Levon, Narek, Samvel, Sargis, "
        "Tigran, Vahe, Vardan, Arsen, Artur, Ashot, Gevorg, Mher",
        "Petrosyan, Hovhannisyan, Sargsyan, Harutyunyan, Grigoryan, Khachatryan, Hakobyan, "
        "Vardanyan, Karapetyan, Gevorgyan, Avetisyan, Mkrtchyan, Ghazaryan, Manukyan, "
        "Poghosyan, Simonyan, Martirosyan, Asatryan, Aleksanyan, Stepanyan, Babayan, Danielyan",
    ),
    "azerbaijani": _pool(
        "Aysel, Leyla, Günel, Nigar, Aygün, Sevinc, Aynur, Nərmin, Könül, Səbinə, Ülviyyə, "
        "Fidan, Lalə, Aytən, Gülnar, Zəhra, Xədicə, Nurlana, Şəbnəm, Aidə",
        "Elvin, Rəşad, Orxan, Tural, Elçin, Kamran, Anar, Ramil, Vüqar, Ruslan, Nihad, Fərid, "
        "Emil, Səbuhi, Cavid, Elnur, Ülvi, Rauf, Murad, Toğrul",
        "Əliyev, Məmmədov, Hüseynov, Həsənov, Quliyev, İsmayılov, Abbasov, Rəhimov, Cəfərov, "
        "Babayev, Nəsirov, Kərimov, Sultanov, Orucov, Qasımov, Musayev, Bağırov, Süleymanov, "
        "Rzayev, Novruzov, Əsədov",
        "Əliyeva, Məmmədova, Hüseynova, Həsənova, Quliyeva, İsmayılova, Abbasova, Rəhimova, "
        "Cəfərova, Babayeva, Nəsirova, Kərimova, Sultanova, Orucova, Qasımova, Musayeva, "
        "Bağırova, Süleymanova, Rzayeva, Novruzova, Əsədova",
    ),
    "pacific": _pool(
        "Losana, Mereani, Salote, Sina, Talia, Mele, Litia, Vika, Kelera, Sereana, Unaisi, "
        "Akanisi, Malia, Lagi, Ofa, Lupe, Seini, Moana, Temaleti, Sela, Aroha, Mere",
        "Semisi, Sione, Tevita, Viliami, Sitiveni, Josefa, Epeli, Jone, Peni, Tomasi, Malakai, "
        "Isireli, Sefo, Manu, Siaosi, Iosefa, Fetu, Niko, Kalolo, Wiremu, Tane",
        "Tuilagi, Fifita, Taufa, Vaipulu, Havili, Leota, Faleolo, Tuiasosopo, Ratuva, Naivalu, "
        "Tuivaga, Waqa, Vunipola, Raiwalui, Mataitoga, Tamapua, Kaufusi, Ioane, Siale, Seru, "
        "Kaupa, Kila, Ngata, Parata",
    ),
    "caribbean": _pool(
        "Shanice, Keisha, Tanisha, Latoya, Kimberley, Shenelle, Simone, Tamika, Aaliyah, Renee, "
        "Nadine, Alicia, Crystal, Jodi-Ann, Shantel, Kerry-Ann, Tricia, Annalise, Camille, Anika",
        "Andre, Damion, Kemar, Ricardo, Shane, Jermaine, Devon, Omar, Marlon, Dwayne, Tyrone, "
        "Kareem, Rohan, Leon, Jevon, Kirk, Akeem, Shaquille, Tristan, Romario",
        "Campbell, Williams, Brown, Thompson, Clarke, Gordon, Francis, Grant, Henry, Reid, "
        "Morgan, Joseph, Charles, Baptiste, McKenzie, Forbes, Bailey, Edwards, Greene, Alleyne, "
        "Walcott, Ferguson, Rolle, Knowles",
    ),
    "haitian": _pool(
        "Marie, Widline, Jocelyne, Guerline, Fabienne, Nathalie, Roseline, Stéphanie, Darline, "
        "Mirlande, Judith, Magalie, Sandra, Ketia, Rose-Marie, Nadège, Edeline, Manouchka, "
        "Farah, Vanessa",
        "Jean, Wilson, Stéphane, Jimmy, Ricardo, Jean-Robert, Pierre-Richard, Wilner, Jacques, "
        "Frantz, Ronald, Evens, Woodly, Ralph, Fritz, Kervens, Junior, Gérald, Jonel, Emmanuel",
        "Joseph, Pierre, Jean-Baptiste, Louis, Charles, Étienne, Augustin, Desrosiers, "
        "Célestin, Dorvil, Jean-Louis, Paul, Saint-Fleur, Alexis, François, Michel, Jeune, "
        "Noël, Toussaint, Vilsaint, Dorsainvil, Lafortune",
    ),
}

# How the pools above cover the broad cultural and linguistic regions.
REGION_GROUPS: dict[str, tuple[str, ...]] = {
    "Lusophone": ("lusophone",),
    "Hispanic": ("hispanic",),
    "Francophone Europe": ("francophone_europe",),
    "Francophone and West Africa": ("francophone_africa",),
    "Anglophone": ("anglophone",),
    "Anglophone Africa": ("anglophone_west_africa", "southern_africa"),
    "East Africa": ("east_africa",),
    "Horn of Africa": ("horn_africa",),
    "Madagascar": ("malagasy",),
    "Arabic": ("arabic",),
    "Hebrew": ("hebrew",),
    "Turkish": ("turkish",),
    "Persian": ("persian",),
    "Germanic": ("german", "dutch_flemish"),
    "Nordic": ("nordic", "finnish", "icelandic"),
    "Italian": ("italian",),
    "Greek": ("greek",),
    "Slavic East": ("slavic_east",),
    "Slavic West and Central Europe": ("polish", "czech_slovak", "hungarian", "romanian"),
    "Baltic": ("lithuanian", "latvian", "estonian"),
    "Balkan": ("balkan_west", "balkan_east", "albanian"),
    "Chinese": ("chinese",),
    "Japanese": ("japanese",),
    "Korean": ("korean",),
    "Mongolian": ("mongolian",),
    "South Asian": ("south_asian", "south_asian_muslim"),
    "Southeast Asian": (
        "southeast_asian",
        "filipino",
        "thai_lao",
        "vietnamese",
        "burmese",
        "khmer",
    ),
    "Central Asian": ("central_asian",),
    "Caucasus": ("georgian", "armenian", "azerbaijani"),
    "Pacific": ("pacific",),
    "Caribbean": ("caribbean", "haitian"),
}

# Languages spoken in each region, most common first. Used to pick a person's
# first language among those of their country (Dutch or French in Belgium) and
# a heritage language for diaspora names (Turkish in Germany).
REGION_LANGUAGES: dict[str, tuple[str, ...]] = {
    "lusophone": ("pt",),
    "hispanic": ("es", "ca"),
    "francophone_europe": ("fr",),
    "francophone_africa": ("fr",),
    "anglophone": ("en", "ga"),
    "anglophone_west_africa": ("en", "yo", "ig", "ha"),
    "southern_africa": ("en", "zu"),
    "east_africa": ("sw", "rw"),
    "horn_africa": ("am", "so"),
    "malagasy": ("mg",),
    "arabic": ("ar",),
    "hebrew": ("he",),
    "turkish": ("tr",),
    "persian": ("fa",),
    "german": ("de",),
    "dutch_flemish": ("nl",),
    "nordic": ("sv", "no", "da"),
    "finnish": ("fi",),
    "icelandic": ("is",),
    "italian": ("it",),
    "greek": ("el",),
    "slavic_east": ("ru", "uk"),
    "polish": ("pl",),
    "czech_slovak": ("cs", "sk"),
    "hungarian": ("hu",),
    "romanian": ("ro",),
    "lithuanian": ("lt",),
    "latvian": ("lv",),
    "estonian": ("et",),
    "balkan_west": ("sr", "hr", "bs", "sl"),
    "balkan_east": ("bg", "mk"),
    "albanian": ("sq",),
    "chinese": ("zh",),
    "japanese": ("ja",),
    "korean": ("ko",),
    "mongolian": ("mn",),
    "south_asian": ("hi", "ta", "bn", "ne", "si"),
    "south_asian_muslim": ("ur", "bn"),
    "southeast_asian": ("id", "ms"),
    "filipino": ("tl",),
    "thai_lao": ("th",),
    "vietnamese": ("vi",),
    "burmese": ("my",),
    "khmer": ("km",),
    "central_asian": ("kk", "uz", "ru"),
    "georgian": ("ka",),
    "armenian": ("hy",),
    "azerbaijani": ("az",),
    "pacific": ("en",),
    "caribbean": ("en",),
    "haitian": ("fr",),
}

# Preferred second languages by the country's main region.
_REGION_LINGUA_FRANCA: dict[str, tuple[str, ...]] = {
    "lusophone": ("en", "es", "fr"),
    "hispanic": ("en", "pt", "fr"),
    "francophone_europe": ("en", "es", "de"),
    "francophone_africa": ("en", "pt"),
    "haitian": ("en", "es"),
    "anglophone": ("fr", "es", "de"),
    "anglophone_west_africa": ("fr", "pt"),
    "southern_africa": ("pt", "fr"),
    "east_africa": ("en", "fr"),
    "malagasy": ("en",),
    "arabic": ("en", "fr"),
    "caribbean": ("es", "fr"),
    "pacific": ("fr",),
}
_DEFAULT_LINGUA_FRANCA = ("en", "fr", "es", "pt")

# ---------------------------------------------------------------------------
# Countries: code | English name | weight | name pools | languages | cities
# Cities are listed by how many members live there; the capital is the first
# one unless it is marked with "*". An optional seventh column overrides the
# preferred second languages.
# Weights favour the countries of the real project; every country has weight
# >= 1 out of a total of about 1,200 (see the module docstring).
# ---------------------------------------------------------------------------

_COUNTRY_TABLE = """
PT | Portugal | 90 | lusophone | pt | Lisbon; Porto; Coimbra; Braga
GB | United Kingdom | 70 | anglophone:85 south_asian:5 south_asian_muslim:5 anglophone_west_africa:5 | en | London; Manchester; Glasgow; Cardiff
BR | Brazil | 70 | lusophone | pt | São Paulo; Rio de Janeiro; Brasília*; Salvador
FR | France | 50 | francophone_europe:8 arabic:1 francophone_africa:1 | fr | Paris; Marseille; Lyon; Nantes
BE | Belgium | 40 | dutch_flemish:5 francophone_europe:4 arabic:1 | nl, fr | Brussels; Antwerp; Ghent; Liège
NL | Netherlands | 40 | dutch_flemish:17 turkish:1 arabic:1 caribbean:1 | nl | Amsterdam; Rotterdam; Eindhoven; Utrecht
MZ | Mozambique | 40 | lusophone | pt | Maputo; Beira; Nampula; Ilha de Moçambique | en
CN | China | 30 | chinese | zh | Beijing; Shanghai; Shenzhen; Chengdu
ES | Spain | 25 | hispanic | es, ca | Madrid; Barcelona; Seville; Valencia
DE | Germany | 25 | german:9 turkish:1 | de | Berlin; Hamburg; Munich; Cologne
IT | Italy | 22 | italian | it | Rome; Milan; Naples; Bologna
AO | Angola | 14 | lusophone | pt | Luanda; Benguela; Huambo | en, fr
CV | Cabo Verde | 10 | lusophone | pt | Praia; Mindelo | en, fr
IE | Ireland | 10 | anglophone | en, ga | Dublin; Cork; Galway
PL | Poland | 12 | polish | pl | Warsaw; Kraków; Wrocław; Gdańsk
AT | Austria | 8 | german | de | Vienna; Graz; Linz
CH | Switzerland | 8 | german:6 francophone_europe:3 italian:1 | de, fr, it | Zürich; Geneva; Bern*; Lausanne
DK | Denmark | 7 | nordic | da | Copenhagen; Aarhus; Odense
SE | Sweden | 8 | nordic | sv | Stockholm; Gothenburg; Malmö
NO | Norway | 6 | nordic | no | Oslo; Bergen; Trondheim
FI | Finland | 6 | finnish | fi, sv | Helsinki; Tampere; Turku
IS | Iceland | 2 | icelandic | is | Reykjavík; Akureyri
CZ | Czechia | 7 | czech_slovak | cs | Prague; Brno; Ostrava
SK | Slovakia | 4 | czech_slovak | sk | Bratislava; Košice
HU | Hungary | 6 | hungarian | hu | Budapest; Debrecen; Pécs
RO | Romania | 8 | romanian | ro | Bucharest; Cluj-Napoca; Timișoara; Iași
BG | Bulgaria | 5 | balkan_east | bg | Sofia; Plovdiv; Varna
GR | Greece | 8 | greek | el | Athens; Thessaloniki; Patras
CY | Cyprus | 2 | greek | el, en | Nicosia; Limassol
MT | Malta | 2 | italian | mt, en | Valletta; Sliema | en, it
HR | Croatia | 4 | balkan_west | hr | Zagreb; Split; Rijeka
SI | Slovenia | 3 | balkan_west | sl | Ljubljana; Maribor
RS | Serbia | 5 | balkan_west | sr | Belgrade; Novi Sad; Niš
BA | Bosnia and Herzegovina | 3 | balkan_west | bs | Sarajevo; Mostar; Banja Luka
ME | Montenegro | 2 | balkan_west | sr | Podgorica; Cetinje
MK | North Macedonia | 2 | balkan_east:3 albanian:1 | mk, sq | Skopje; Bitola; Ohrid
AL | Albania | 3 | albanian | sq | Tirana; Durrës; Shkodër | en, it
LT | Lithuania | 3 | lithuanian | lt | Vilnius; Kaunas; Klaipėda
LV | Latvia | 3 | latvian | lv | Riga; Liepāja
EE | Estonia | 3 | estonian | et | Tallinn; Tartu
UA | Ukraine | 6 | slavic_east | uk, ru | Kyiv; Lviv; Odesa; Kharkiv
BY | Belarus | 2 | slavic_east | ru | Minsk; Hrodna; Vitebsk
RU | Russia | 5 | slavic_east | ru | Moscow; Saint Petersburg; Kazan; Yekaterinburg
MD | Moldova | 2 | romanian | ro, ru | Chișinău; Bălți
LU | Luxembourg | 2 | francophone_europe:1 german:1 | fr, de | Luxembourg; Esch-sur-Alzette
MC | Monaco | 1 | francophone_europe | fr | Monaco
AD | Andorra | 1 | hispanic | ca, es | Andorra la Vella
LI | Liechtenstein | 1 | german | de | Vaduz
SM | San Marino | 1 | italian | it | San Marino
TR | Türkiye | 8 | turkish | tr | Istanbul; Ankara*; İzmir
GE | Georgia | 3 | georgian | ka | Tbilisi; Batumi; Kutaisi | en, ru
AM | Armenia | 3 | armenian | hy | Yerevan; Gyumri | en, ru
AZ | Azerbaijan | 2 | azerbaijani | az | Baku; Ganja | en, ru
MA | Morocco | 7 | arabic | ar, fr | Casablanca; Rabat*; Marrakesh; Tangier
DZ | Algeria | 4 | arabic | ar, fr | Algiers; Oran; Constantine
TN | Tunisia | 4 | arabic | ar, fr | Tunis; Sfax; Sousse
LY | Libya | 1 | arabic | ar | Tripoli; Benghazi
EG | Egypt | 6 | arabic | ar | Cairo; Alexandria; Luxor
SD | Sudan | 1 | arabic | ar | Khartoum; Omdurman
JO | Jordan | 3 | arabic | ar | Amman; Irbid
LB | Lebanon | 4 | arabic | ar, fr | Beirut; Byblos; Sidon
SY | Syria | 2 | arabic | ar | Damascus; Aleppo
IQ | Iraq | 2 | arabic | ar | Baghdad; Erbil; Basra
PS | Palestine | 2 | arabic | ar | Ramallah; Bethlehem; Nablus
SA | Saudi Arabia | 2 | arabic | ar | Riyadh; Jeddah
AE | United Arab Emirates | 3 | arabic | ar, en | Dubai; Abu Dhabi*; Sharjah
QA | Qatar | 1 | arabic | ar | Doha
KW | Kuwait | 1 | arabic | ar | Kuwait City
BH | Bahrain | 1 | arabic | ar | Manama
OM | Oman | 1 | arabic | ar | Muscat
YE | Yemen | 1 | arabic | ar | Sana'a; Aden
MR | Mauritania | 1 | arabic | ar, fr | Nouakchott
KM | Comoros | 1 | arabic | fr, ar | Moroni
IL | Israel | 3 | hebrew:4 arabic:1 | he, ar | Jerusalem; Tel Aviv; Haifa
IR | Iran | 4 | persian | fa | Tehran; Isfahan; Shiraz
AF | Afghanistan | 1 | persian | fa | Kabul; Herat
GW | Guinea-Bissau | 4 | lusophone | pt | Bissau; Bafatá | fr, en
ST | São Tomé and Príncipe | 3 | lusophone | pt | São Tomé | fr, en
TL | Timor-Leste | 3 | lusophone | pt | Dili | en, id
NG | Nigeria | 9 | anglophone_west_africa | en, yo, ig, ha | Lagos; Abuja*; Ibadan; Port Harcourt
GH | Ghana | 6 | anglophone_west_africa | en | Accra; Kumasi; Tamale
KE | Kenya | 7 | east_africa | sw, en | Nairobi; Mombasa; Kisumu
UG | Uganda | 4 | east_africa | en, sw | Kampala; Entebbe; Gulu
TZ | Tanzania | 4 | east_africa | sw, en | Dar es Salaam; Dodoma*; Arusha; Zanzibar City
RW | Rwanda | 3 | east_africa | rw, fr, en | Kigali; Huye
BI | Burundi | 1 | east_africa | fr | Bujumbura; Gitega*
ZA | South Africa | 9 | southern_africa:8 anglophone:2 | en, zu | Johannesburg; Cape Town; Durban; Pretoria*
ZW | Zimbabwe | 3 | southern_africa | en | Harare; Bulawayo
ZM | Zambia | 2 | southern_africa | en | Lusaka; Ndola; Livingstone
MW | Malawi | 2 | southern_africa | en | Lilongwe; Blantyre
BW | Botswana | 2 | southern_africa | en | Gaborone; Francistown
NA | Namibia | 2 | southern_africa | en | Windhoek; Swakopmund
LS | Lesotho | 1 | southern_africa | en | Maseru
SZ | Eswatini | 1 | southern_africa | en | Mbabane; Manzini
SL | Sierra Leone | 2 | anglophone_west_africa | en | Freetown; Bo
LR | Liberia | 1 | anglophone_west_africa | en | Monrovia
GM | Gambia | 1 | francophone_africa | en | Banjul; Serekunda | fr
SN | Senegal | 7 | francophone_africa | fr | Dakar; Saint-Louis; Thiès
CI | Côte d'Ivoire | 5 | francophone_africa | fr | Abidjan; Yamoussoukro*; Bouaké
ML | Mali | 3 | francophone_africa | fr | Bamako; Ségou; Mopti
BF | Burkina Faso | 4 | francophone_africa | fr | Ouagadougou; Bobo-Dioulasso
NE | Niger | 1 | francophone_africa | fr, ha | Niamey; Zinder; Agadez
GN | Guinea | 2 | francophone_africa | fr | Conakry; Kankan
BJ | Benin | 3 | francophone_africa | fr, yo | Cotonou; Porto-Novo*; Abomey
TG | Togo | 2 | francophone_africa | fr | Lomé; Kara
CM | Cameroon | 4 | francophone_africa | fr, en | Yaoundé; Douala; Bamenda
GA | Gabon | 1 | francophone_africa | fr | Libreville; Port-Gentil
CG | Congo | 1 | francophone_africa | fr | Brazzaville; Pointe-Noire
CD | DR Congo | 4 | francophone_africa | fr, sw | Kinshasa; Lubumbashi; Goma
CF | Central African Republic | 1 | francophone_africa | fr | Bangui
TD | Chad | 1 | francophone_africa | fr, ar | N'Djamena
MG | Madagascar | 3 | malagasy | mg, fr | Antananarivo; Toamasina; Mahajanga
MU | Mauritius | 1 | south_asian:2 francophone_europe:1 | en, fr | Port Louis; Curepipe
ET | Ethiopia | 4 | horn_africa | am | Addis Ababa; Bahir Dar; Hawassa
ER | Eritrea | 1 | horn_africa | ar | Asmara
SO | Somalia | 1 | horn_africa | so, ar | Mogadishu; Hargeisa
DJ | Djibouti | 1 | horn_africa | fr, ar, so | Djibouti
JP | Japan | 7 | japanese | ja | Tokyo; Osaka; Kyoto; Fukuoka
KR | South Korea | 7 | korean | ko | Seoul; Busan; Gwangju
TW | Taiwan | 3 | chinese | zh | Taipei; Kaohsiung; Tainan
HK | Hong Kong | 3 | chinese | zh, en | Hong Kong
MO | Macao | 2 | chinese | zh, pt | Macao | pt, en
SG | Singapore | 3 | chinese:3 southeast_asian:1 south_asian:1 | en, zh, ms, ta | Singapore
MN | Mongolia | 1 | mongolian | mn | Ulaanbaatar; Erdenet | en, ru
IN | India | 14 | south_asian:6 south_asian_muslim:1 | hi, en, bn, ta, ur | New Delhi; Mumbai; Bengaluru; Kolkata
PK | Pakistan | 4 | south_asian_muslim | ur, en | Karachi; Lahore; Islamabad*
BD | Bangladesh | 4 | south_asian_muslim | bn, en | Dhaka; Chittagong; Sylhet
LK | Sri Lanka | 2 | south_asian | si, ta, en | Colombo; Kandy; Galle; Sri Jayawardenepura Kotte*
NP | Nepal | 2 | south_asian | ne, hi | Kathmandu; Pokhara
MV | Maldives | 1 | south_asian_muslim | en | Malé
ID | Indonesia | 7 | southeast_asian | id | Jakarta; Yogyakarta; Bandung; Denpasar
MY | Malaysia | 4 | southeast_asian:4 chinese:1 south_asian:1 | ms, en, zh, ta | Kuala Lumpur; George Town; Johor Bahru
BN | Brunei | 1 | southeast_asian | ms | Bandar Seri Begawan
PH | Philippines | 5 | filipino | tl, en | Manila; Quezon City; Cebu City; Davao City
TH | Thailand | 4 | thai_lao | th | Bangkok; Chiang Mai; Phuket
LA | Laos | 1 | thai_lao | th | Vientiane; Luang Prabang | fr, en
VN | Vietnam | 5 | vietnamese | vi | Hanoi; Ho Chi Minh City; Da Nang; Huế
KH | Cambodia | 2 | khmer | km | Phnom Penh; Siem Reap; Battambang | en, fr
MM | Myanmar | 2 | burmese | my | Yangon; Mandalay; Naypyidaw*
KZ | Kazakhstan | 3 | central_asian | kk, ru | Almaty; Astana*; Shymkent
UZ | Uzbekistan | 3 | central_asian | uz, ru | Tashkent; Samarkand; Bukhara
KG | Kyrgyzstan | 1 | central_asian | ru | Bishkek; Osh
TJ | Tajikistan | 1 | central_asian | ru | Dushanbe; Khujand
TM | Turkmenistan | 1 | central_asian | ru | Ashgabat
US | United States | 20 | anglophone:8 hispanic:1 | en | New York; Los Angeles; Chicago; Washington* | es, fr
CA | Canada | 10 | anglophone:3 francophone_europe:1 | en, fr | Toronto; Montréal; Vancouver; Ottawa*
MX | Mexico | 9 | hispanic | es | Mexico City; Guadalajara; Oaxaca; Monterrey
AR | Argentina | 7 | hispanic | es | Buenos Aires; Córdoba; Rosario; Mendoza
CO | Colombia | 7 | hispanic | es | Bogotá; Medellín; Cali; Cartagena
CL | Chile | 5 | hispanic | es | Santiago; Valparaíso; Concepción
PE | Peru | 4 | hispanic | es | Lima; Cusco; Arequipa
VE | Venezuela | 3 | hispanic | es | Caracas; Maracaibo; Mérida
EC | Ecuador | 3 | hispanic | es | Quito; Guayaquil; Cuenca
BO | Bolivia | 2 | hispanic | es | La Paz; Santa Cruz de la Sierra; Sucre*
PY | Paraguay | 2 | hispanic | es | Asunción; Encarnación
UY | Uruguay | 3 | hispanic | es | Montevideo; Colonia del Sacramento
CR | Costa Rica | 2 | hispanic | es | San José; Limón
PA | Panama | 2 | hispanic | es | Panama City; Colón
GT | Guatemala | 2 | hispanic | es | Guatemala City; Antigua Guatemala; Quetzaltenango
HN | Honduras | 1 | hispanic | es | Tegucigalpa; San Pedro Sula
SV | El Salvador | 1 | hispanic | es | San Salvador; Santa Ana
NI | Nicaragua | 1 | hispanic | es | Managua; León; Granada
CU | Cuba | 4 | hispanic | es | Havana; Santiago de Cuba; Camagüey
DO | Dominican Republic | 2 | hispanic | es | Santo Domingo; Santiago de los Caballeros
PR | Puerto Rico | 2 | hispanic | es, en | San Juan; Ponce
JM | Jamaica | 4 | caribbean | en | Kingston; Montego Bay
TT | Trinidad and Tobago | 3 | caribbean:3 south_asian:1 | en | Port of Spain; San Fernando
BB | Barbados | 2 | caribbean | en | Bridgetown
BS | Bahamas | 1 | caribbean | en | Nassau
LC | Saint Lucia | 1 | caribbean | en | Castries
GD | Grenada | 1 | caribbean | en | St. George's
VC | Saint Vincent and the Grenadines | 1 | caribbean | en | Kingstown
AG | Antigua and Barbuda | 1 | caribbean | en | St. John's
DM | Dominica | 1 | caribbean | en | Roseau
KN | Saint Kitts and Nevis | 1 | caribbean | en | Basseterre
GY | Guyana | 1 | caribbean:1 south_asian:1 | en | Georgetown
BZ | Belize | 1 | caribbean | en, es | Belmopan; Belize City
SR | Suriname | 1 | caribbean | nl | Paramaribo | en, es
HT | Haiti | 3 | haitian | fr | Port-au-Prince; Cap-Haïtien; Jacmel
AU | Australia | 10 | anglophone | en | Sydney; Melbourne; Canberra*; Brisbane
NZ | New Zealand | 4 | anglophone:5 pacific:1 | en | Auckland; Wellington*; Christchurch
FJ | Fiji | 2 | pacific:3 south_asian:1 | en | Suva; Nadi
PG | Papua New Guinea | 1 | pacific | en | Port Moresby; Lae
WS | Samoa | 1 | pacific | en | Apia
TO | Tonga | 1 | pacific | en | Nukuʻalofa
VU | Vanuatu | 1 | pacific | en, fr | Port Vila
SB | Solomon Islands | 1 | pacific | en | Honiara
KI | Kiribati | 1 | pacific | en | South Tarawa
FM | Micronesia | 1 | pacific | en | Palikir
MH | Marshall Islands | 1 | pacific | en | Majuro
PW | Palau | 1 | pacific | en | Ngerulmud; Koror
NR | Nauru | 1 | pacific | en | Yaren
TV | Tuvalu | 1 | pacific | en | Funafuti
"""  # noqa: E501


def _parse_countries(table: str) -> dict[str, Country]:
    countries = {}
    for line in table.strip().splitlines():
        cols = [col.strip() for col in line.split("|")]
        code, name, weight, regions, languages, cities = cols[:6]
        region_weights = []
        for item in regions.split():
            region, _, share = item.partition(":")
            region_weights.append((region, float(share or 1)))
        lingua = _names(cols[6]) if len(cols) > 6 else None
        if lingua is None:
            lingua = _REGION_LINGUA_FRANCA.get(region_weights[0][0], _DEFAULT_LINGUA_FRANCA)
        city_names = [city.strip() for city in cities.split(";")]
        capital = next((city for city in city_names if city.endswith("*")), city_names[0])
        countries[code] = Country(
            code=code,
            name=name,
            weight=float(weight),
            regions=tuple(region_weights),
            languages=_names(languages),
            cities=tuple(city.rstrip("*") for city in city_names),
            capital=capital.rstrip("*"),
            lingua_franca=tuple(lingua),
        )
    return countries


COUNTRIES: dict[str, Country] = _parse_countries(_COUNTRY_TABLE)

# Hub cities members often work "between".
_HUB_CITIES = (
    "Lisbon",
    "London",
    "Paris",
    "Brussels",
    "Berlin",
    "Amsterdam",
    "São Paulo",
    "Maputo",
    "Luanda",
    "Dakar",
    "Lagos",
    "Nairobi",
    "Johannesburg",
    "Shanghai",
    "New York",
    "Mexico City",
    "Barcelona",
    "Porto",
    "Rio de Janeiro",
    "Cairo",
    "Istanbul",
    "Marseille",
)

# ---------------------------------------------------------------------------
# Sectors: roles, skills, typical works and projects
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sector:
    weight: float
    noun: str  # "{noun} projects"
    discipline: str  # "a degree in {discipline}"
    roles: tuple[str, ...]
    skills: tuple[str, ...]
    works: tuple[tuple[str, str], ...]  # (kind, description)
    projects: tuple[str, ...]  # what someone needs partners for
    studios: tuple[str, ...]  # "I co-founded {studio}"


def _sector(weight, noun, discipline, roles, skills, works, projects, studios):
    return _Sector(
        weight,
        noun,
        discipline,
        _names(roles),
        _names(skills),
        tuple(works),
        _names(projects),
        _names(studios),
    )


_SECTORS: dict[str, _Sector] = {
    "architecture": _sector(
        4,
        "architecture",
        "architecture",
        "architect, urban designer, landscape architect, spatial designer, "
        "architectural researcher",
        "adaptive reuse, participatory design, timber construction, earth building, "
        "urban research, model making, bioclimatic design, public space design, "
        "3d visualisation, social housing",
        [
            (
                "Pavilion",
                "A temporary pavilion for a summer festival in {city}, "
                "built from reclaimed timber.",
            ),
            (
                "Market renovation",
                "Participatory redesign of a neighbourhood market with traders "
                "and residents of {city}.",
            ),
            (
                "Housing study",
                "Research on self-built housing and incremental design around {city}.",
            ),
            (
                "Library conversion",
                "Conversion of an old warehouse into a small community library, with {partner}.",
            ),
            (
                "Public space",
                "A shaded public square designed with {partner} and built in six weeks.",
            ),
        ],
        "a community building, a temporary pavilion, a housing research project, "
        "an earth-building prototype",
        "a small architecture studio, a design-build collective, an urban research lab",
    ),
    "audiovisual-film": _sector(
        9,
        "film",
        "film",
        "filmmaker, documentary director, film producer, cinematographer, film editor, animator",
        "documentary, cinematography, film editing, colour grading, sound recording, "
        "screenwriting, stop-motion animation, production management, subtitling",
        [
            ("Short documentary", "A short documentary about {topic}, shot in {city}."),
            ("Short film", "Fiction short about {topic}, made with a crew of five and {partner}."),
            ("Music video", "Music video for an independent artist, shot in one night in {city}."),
            ("Animated short", "Hand-drawn animated short about {topic}."),
            ("Web series", "Six-episode web series about {topic}, produced with {partner}."),
        ],
        "a feature documentary, my first short film, a web series, an animated short",
        "a small production company, a film collective, an animation studio",
    ),
    "crafts": _sector(
        6,
        "craft",
        "applied arts",
        "ceramicist, textile artist, jeweller, woodworker, weaver, basket maker, glass artist, "
        "leatherworker",
        "ceramics, natural dyeing, weaving, jewellery making, woodturning, basketry, embroidery, "
        "glassblowing, leatherwork, upcycling",
        [
            ("Tableware collection", "Hand-thrown stoneware made for a restaurant in {city}."),
            (
                "Woven wall hanging",
                "Large woven piece dyed with local plants, shown with {partner}.",
            ),
            ("Jewellery line", "A small jewellery line made from recycled silver and brass."),
            ("Basket series", "Contemporary baskets made with weavers from around {city}."),
            ("Craft residency", "Work made during a residency with {partner}, exploring {topic}."),
        ],
        "a new collection, a craft fair stand, a shared workshop, "
        "a book about traditional techniques",
        "a ceramics studio, a craft cooperative, a small workshop",
    ),
    "design": _sector(
        12,
        "design",
        "graphic design",
        "graphic designer, illustrator, product designer, type designer, UX designer, "
        "furniture designer, brand designer",
        "graphic design, illustration, typography, branding, screen printing, risograph printing, "
        "product design, ux design, user research, furniture design, editorial design, "
        "packaging design",
        [
            ("Poster series", "Screen-printed posters for a season of concerts in {city}."),
            ("Visual identity", "Identity and signage for {partner}."),
            ("Picture book", "Illustrations for a children's picture book about {topic}."),
            ("Typeface", "A display typeface inspired by hand-painted shop signs in {city}."),
            ("Furniture", "A stackable chair made with local carpenters from reclaimed wood."),
        ],
        "a picture book, a typeface, a furniture collection, a design exhibition",
        "a small design studio, a risograph print shop, an illustration collective",
    ),
    "fashion": _sector(
        6,
        "fashion",
        "fashion design",
        "fashion designer, costume designer, pattern cutter, textile designer, stylist",
        "pattern cutting, sustainable fashion, textile design, tailoring, knitwear, upcycling, "
        "fashion illustration, costume design, natural dyeing, styling",
        [
            ("Capsule collection", "A twelve-piece capsule collection made from deadstock fabric."),
            ("Upcycled denim", "Upcycled denim line made with tailors in {city}."),
            ("Costumes", "Costumes for a dance piece produced with {partner}."),
            ("Textile prints", "Printed textiles inspired by {topic}."),
        ],
        "my next collection, a sustainable fashion label, a runway show, a costume project",
        "an independent fashion label, a tailoring workshop, a textile studio",
    ),
    "games": _sector(
        4,
        "game",
        "game design",
        "game designer, game developer, level designer, narrative designer, 3D artist, "
        "pixel artist",
        "game design, unity, godot, pixel art, 3d modelling, level design, "
        "interactive storytelling, playtesting, game audio",
        [
            ("Narrative game", "A short narrative game about {topic}."),
            ("Mobile game", "Casual puzzle game for phones, published with {partner}."),
            ("Board game", "A cooperative board game about {topic}."),
            ("Game jam prototype", "Prototype made in 48 hours at a game jam in {city}."),
        ],
        "an indie game, a board game, a serious game for schools, a game jam",
        "a small indie game studio, a game developers' collective",
    ),
    "heritage": _sector(
        3,
        "heritage",
        "heritage studies",
        "heritage consultant, conservator, oral historian, museum educator, archivist",
        "oral history, conservation, archiving, digitisation, heritage interpretation, "
        "community museums, intangible heritage, exhibition research",
        [
            ("Oral history archive", "Recorded stories of {topic}, archived with {partner}."),
            ("Digital archive", "Digitisation of a family photo collection from {city}."),
            ("Walking tour", "A self-guided audio walk through the old centre of {city}."),
            ("Exhibition", "A small exhibition about {topic}, researched with local residents."),
        ],
        "an oral history project, a community museum, a digitisation project, a heritage trail",
        "a heritage consultancy, a community archive",
    ),
    "literature-publishing": _sector(
        6,
        "publishing",
        "literature",
        "writer, poet, editor, translator, independent publisher, comics artist",
        "creative writing, editing, translation, self-publishing, zine making, book design, "
        "poetry, comics, storytelling",
        [
            ("Poetry collection", "A first collection of poems about {topic}."),
            ("Zine", "Quarterly zine of new writing from {city}, printed in 300 copies."),
            ("Anthology", "An anthology of young writers, edited with {partner}."),
            ("Graphic novel", "A graphic novel about {topic}."),
            (
                "Translation",
                "Translation of a contemporary novel, published by a small press in {city}.",
            ),
        ],
        "a first novel, a poetry collection, a translation, a small press",
        "a small independent press, a literary magazine",
    ),
    "music": _sector(
        11,
        "music",
        "music",
        "musician, composer, music producer, singer-songwriter, sound engineer, DJ",
        "music production, composition, sound engineering, live sound, songwriting, "
        "field recording, audio mastering, percussion, djing",
        [
            ("EP", "Five-track EP recorded in {city} and released with {partner}."),
            ("Album", "Debut album mixing traditional rhythms and electronic production."),
            ("Film score", "Original score for a short documentary about {topic}."),
            ("Sound installation", "Sound installation built from field recordings of {topic}."),
            ("Live session", "Live session recorded with {partner}."),
        ],
        "my debut album, a regional tour, a music video, a live recording",
        "an independent record label, a recording studio, a music collective",
    ),
    "performing-arts": _sector(
        7,
        "performance",
        "theatre and dance",
        "choreographer, dancer, theatre director, actor, circus artist, performer, "
        "lighting designer, stage manager",
        "contemporary dance, choreography, physical theatre, devising, stage management, "
        "lighting design, puppetry, circus arts, voice work",
        [
            ("Dance piece", "A duet about {topic}, premiered in {city}."),
            ("Theatre production", "Devised theatre piece made with young people and {partner}."),
            ("Street performance", "Outdoor performance touring markets and squares of {city}."),
            ("Puppet show", "A puppet show for families about {topic}."),
        ],
        "a new dance piece, a touring production, a street performance, a theatre festival",
        "an independent theatre company, a dance collective, a circus company",
    ),
    "visual-arts": _sector(
        11,
        "visual arts",
        "fine arts",
        "visual artist, painter, photographer, sculptor, printmaker, muralist, curator",
        "painting, photography, sculpture, printmaking, murals, installation, curating, "
        "drawing, video art",
        [
            ("Exhibition", "Solo exhibition of new paintings about {topic}, with {partner}."),
            ("Mural", "A large mural painted with residents in {city}."),
            ("Photo series", "A photo series about {topic}."),
            ("Installation", "Site-specific installation made for a festival in {city}."),
            ("Print edition", "An edition of linocut prints about {topic}."),
        ],
        "a solo exhibition, a photo book, a public art project, a print edition",
        "an artist-run space, a print studio, a photography collective",
    ),
    "advertising": _sector(
        3,
        "advertising",
        "communication",
        "copywriter, art director, creative strategist, brand strategist, social media creative",
        "copywriting, art direction, brand strategy, campaign planning, social media, "
        "content strategy, motion graphics",
        [
            ("Campaign", "Awareness campaign for {partner}."),
            ("Rebrand", "Rebrand and launch campaign for a family business in {city}."),
            ("Social campaign", "Social media campaign about {topic}."),
        ],
        "a campaign for a social cause, a rebrand, a small agency",
        "a small creative agency, a content studio",
    ),
    "digital-media": _sector(
        6,
        "digital media",
        "digital media",
        "creative technologist, web developer, motion designer, digital artist, podcast producer, "
        "VR artist, video mapping artist",
        "motion graphics, creative coding, web development, virtual reality, projection mapping, "
        "podcasting, generative art, physical computing, 3d animation",
        [
            ("Interactive installation", "Interactive light installation shown in {city}."),
            ("Web documentary", "An interactive web documentary about {topic}."),
            ("Podcast series", "Eight-episode podcast about {topic}, produced with {partner}."),
            ("Projection mapping", "Projection mapping on a historic facade in {city}."),
        ],
        "an interactive installation, a podcast series, a VR experience, a web documentary",
        "a digital studio, a media lab, a podcast network",
    ),
    "festivals-events": _sector(
        5,
        "festival",
        "event management",
        "festival producer, event producer, festival programmer, production manager, "
        "festival director, volunteer coordinator",
        "festival production, event management, programming, volunteer coordination, "
        "audience development, stage management, logistics, sponsorship",
        [
            ("Festival edition", "Third edition of a small music and arts festival in {city}."),
            ("Concert series", "A series of free outdoor concerts produced with {partner}."),
            ("Night market", "A monthly night market of makers and musicians in {city}."),
            ("Film festival", "A weekend film festival about {topic}."),
        ],
        "a new festival, an international edition of my festival, a touring programme",
        "a festival, an events company, a music venue",
    ),
    "cultural-management": _sector(
        5,
        "cultural",
        "cultural management",
        "cultural manager, producer, arts administrator, cultural policy researcher, "
        "project manager, fundraiser",
        "project management, fundraising, grant writing, cultural policy, audience development, "
        "international touring, budgeting, partnership building, evaluation",
        [
            (
                "Exchange programme",
                "An exchange between young artists from {city} and abroad, with {partner}.",
            ),
            ("Residency programme", "A residency programme for emerging artists in {city}."),
            ("Mapping study", "A mapping of the creative sector in {city}."),
            ("Report", "A report on {topic}, written with {partner}."),
        ],
        "an exchange programme, a cultural mapping, a residency programme, a sector report",
        "a cultural agency, a production office, a cultural association",
    ),
    "education": _sector(
        4,
        "arts education",
        "arts education",
        "arts educator, workshop facilitator, creative learning specialist, teacher, youth worker, "
        "media literacy trainer",
        "workshop facilitation, arts education, youth work, curriculum design, "
        "community engagement, mentoring, media literacy, creative learning",
        [
            ("Workshop series", "Creative workshops for teenagers in {city}, with {partner}."),
            ("Toolkit", "An open toolkit for teachers about {topic}."),
            ("Summer school", "A two-week summer school for young creatives in {city}."),
            ("Online course", "A free online course on starting a creative business."),
        ],
        "a workshop programme, a creative learning toolkit, a summer school",
        "a creative learning organisation, a youth arts programme",
    ),
}

assert set(_SECTORS) == {slug for slug, _ in taxonomy.SECTORS}

# The skills each role is known for (a subset of its sector's skills); a member's
# first skills come from their role, so that "Illustrator · risograph printing"
# and the bio agree.
_ROLE_SKILLS: dict[str, dict[str, tuple[str, ...]]] = {
    sector: {role: _names(skills) for role, skills in roles.items()}
    for sector, roles in {
        "architecture": {
            "architect": "adaptive reuse, timber construction, earth building, "
            "bioclimatic design, social housing, 3d visualisation",
            "urban designer": "public space design, participatory design, urban research",
            "landscape architect": "public space design, bioclimatic design, participatory design",
            "spatial designer": "model making, 3d visualisation, adaptive reuse",
            "architectural researcher": "urban research, social housing, participatory design",
        },
        "audiovisual-film": {
            "filmmaker": "documentary, cinematography, screenwriting, film editing",
            "documentary director": "documentary, screenwriting, sound recording",
            "film producer": "production management, subtitling, screenwriting",
            "cinematographer": "cinematography, colour grading",
            "film editor": "film editing, colour grading, subtitling",
            "animator": "stop-motion animation, screenwriting",
        },
        "crafts": {
            "ceramicist": "ceramics",
            "textile artist": "weaving, natural dyeing, embroidery",
            "jeweller": "jewellery making, upcycling",
            "woodworker": "woodturning, upcycling",
            "weaver": "weaving, natural dyeing, basketry",
            "basket maker": "basketry, weaving",
            "glass artist": "glassblowing",
            "leatherworker": "leatherwork, upcycling",
        },
        "design": {
            "graphic designer": "graphic design, typography, editorial design, branding",
            "illustrator": "illustration, risograph printing, screen printing",
            "product designer": "product design, packaging design",
            "type designer": "typography, graphic design",
            "UX designer": "ux design, user research",
            "furniture designer": "furniture design, product design",
            "brand designer": "branding, packaging design, graphic design",
        },
        "fashion": {
            "fashion designer": "sustainable fashion, pattern cutting, fashion illustration, "
            "upcycling",
            "costume designer": "costume design, tailoring",
            "pattern cutter": "pattern cutting, tailoring",
            "textile designer": "textile design, natural dyeing, knitwear",
            "stylist": "styling, sustainable fashion",
        },
        "games": {
            "game designer": "game design, playtesting, level design",
            "game developer": "unity, godot, game audio",
            "level designer": "level design, game design",
            "narrative designer": "interactive storytelling",
            "3D artist": "3d modelling",
            "pixel artist": "pixel art",
        },
        "heritage": {
            "heritage consultant": "heritage interpretation, intangible heritage",
            "conservator": "conservation",
            "oral historian": "oral history, archiving",
            "museum educator": "community museums, heritage interpretation, exhibition research",
            "archivist": "archiving, digitisation",
        },
        "literature-publishing": {
            "writer": "creative writing, storytelling",
            "poet": "poetry, zine making",
            "editor": "editing",
            "translator": "translation",
            "independent publisher": "self-publishing, book design, editing",
            "comics artist": "comics, zine making",
        },
        "music": {
            "musician": "percussion, songwriting",
            "composer": "composition, field recording",
            "music producer": "music production, audio mastering",
            "singer-songwriter": "songwriting",
            "sound engineer": "sound engineering, live sound, audio mastering",
            "DJ": "djing, music production",
        },
        "performing-arts": {
            "choreographer": "choreography, contemporary dance",
            "dancer": "contemporary dance",
            "theatre director": "devising, physical theatre",
            "actor": "voice work, physical theatre",
            "circus artist": "circus arts",
            "performer": "physical theatre, puppetry, voice work",
            "lighting designer": "lighting design",
            "stage manager": "stage management",
        },
        "visual-arts": {
            "visual artist": "installation, drawing, video art",
            "painter": "painting, drawing",
            "photographer": "photography",
            "sculptor": "sculpture",
            "printmaker": "printmaking",
            "muralist": "murals, painting",
            "curator": "curating",
        },
        "advertising": {
            "copywriter": "copywriting",
            "art director": "art direction",
            "creative strategist": "campaign planning, content strategy",
            "brand strategist": "brand strategy",
            "social media creative": "social media, content strategy, motion graphics",
        },
        "digital-media": {
            "creative technologist": "creative coding, physical computing",
            "web developer": "web development",
            "motion designer": "motion graphics, 3d animation",
            "digital artist": "generative art, creative coding",
            "podcast producer": "podcasting",
            "VR artist": "virtual reality, 3d animation",
            "video mapping artist": "projection mapping",
        },
        "festivals-events": {
            "festival producer": "festival production, sponsorship",
            "event producer": "event management, logistics",
            "festival programmer": "programming, audience development",
            "production manager": "logistics, stage management",
            "festival director": "festival production, programming, sponsorship",
            "volunteer coordinator": "volunteer coordination",
        },
        "cultural-management": {
            "cultural manager": "project management, partnership building, audience development",
            "producer": "international touring, budgeting",
            "arts administrator": "budgeting, grant writing",
            "cultural policy researcher": "cultural policy, evaluation",
            "project manager": "project management, evaluation",
            "fundraiser": "fundraising, grant writing",
        },
        "education": {
            "arts educator": "arts education, curriculum design",
            "workshop facilitator": "workshop facilitation, mentoring",
            "creative learning specialist": "creative learning, community engagement",
            "teacher": "arts education, curriculum design",
            "youth worker": "youth work, community engagement",
            "media literacy trainer": "media literacy",
        },
    }.items()
}
for _slug, _roles in _ROLE_SKILLS.items():
    assert set(_roles) == set(_SECTORS[_slug].roles), _slug
    _known = {skill for skills in _roles.values() for skill in skills}
    assert _known == set(_SECTORS[_slug].skills), (_slug, _known ^ set(_SECTORS[_slug].skills))

# How a sector is named after "in": "freelance commissions in {field}".
_SECTOR_FIELDS = {
    "architecture": "architecture",
    "audiovisual-film": "film",
    "crafts": "crafts",
    "design": "design",
    "fashion": "fashion",
    "games": "games",
    "heritage": "heritage",
    "literature-publishing": "publishing",
    "music": "music",
    "performing-arts": "the performing arts",
    "visual-arts": "the visual arts",
    "advertising": "advertising",
    "digital-media": "digital media",
    "festivals-events": "festivals and events",
    "cultural-management": "cultural management",
    "education": "arts education",
}

_TOPICS = _names(
    "the last tile makers of the old town, young women running street food stalls, "
    "a neighbourhood radio station, the river and the people who live by it, "
    "second-hand clothing markets, a family of boat builders, migrant musicians, "
    "the city at night, an abandoned cinema, grandmothers' recipes, football on dusty pitches, "
    "the language of market traders, the first generation of the family to go to university, "
    "fishing communities and rising seas, a bus route across the city, rooftop gardens, "
    "forgotten songs, the sound of rain on tin roofs, salt workers, a fading coastal town"
)
_PARTNERS = _names(
    "a local cooperative, a youth centre, an independent bookshop, a community radio, "
    "a small museum, a neighbourhood association, a women's collective, a public library, "
    "an independent gallery, a music venue, a local NGO, a secondary school, "
    "a film club, a cultural centre, a local festival"
)
_BUSINESS_TOPICS = _names(
    "pricing and contracts, applying for grants, intellectual property, touring and export, "
    "running a small studio, digital marketing, international co-production, "
    "crowdfunding, financial planning, copyright and licensing"
)
_COLLABORATORS = _names(
    "local communities, other young artists, small cultural organisations, "
    "schools and youth groups, independent brands, festivals and venues, "
    "artisans and small producers"
)
_TITLE_ADJECTIVES = _names(
    "Salt, Quiet, Borrowed, Northern, Paper, Tidal, Second, Open, Red, Distant, Small, "
    "Golden, Hidden, Slow, Night, Wild, Common, Electric, Indigo, Woven, Southern, Bright, "
    "Soft, Long, Sunday"
)
_TITLE_NOUNS = _names(
    "Harbour, Archive, Rituals, Maps, Voices, Gardens, Weather, Rooms, Threads, Signals, "
    "Bridges, Tides, Songs, Markets, Islands, Horizons, Lines, Echoes, Patterns, Streets, "
    "Roots, Mirrors, Lanterns, Kitchens, Rivers"
)
_TITLE_OF_NOUNS = _names(
    "Salt, Rain, the River, the Harbour, Home, Smoke, Paper, Clay, Sand, Light, the Tide, "
    "Memory, the Market, Stone, Indigo, the Night Bus, Small Things, the Coast"
)
_TARGET_AREAS = _names(
    "Lusophone countries, West Africa, southern Africa, Latin America, Europe, "
    "East Asia, the Mediterranean, the Caribbean, South Asia, the Middle East"
)

# Category phrases. Placeholders: {role_pl} {noun} {skill} {city} {country}
# {project} {business} {new_skill} {area}.
_OFFER_PHRASES: dict[str, tuple[str, ...]] = {
    "collaboration": (
        "collaboration on {noun} projects",
        "collaboration on projects that need {skill}",
    ),
    "funding": (
        "small co-funding for pilot projects",
        "fee-paid commissions for emerging {role_pl}",
    ),
    "mentoring": (
        "mentoring for early-career {role_pl}",
        "portfolio reviews and mentoring in {skill}",
    ),
    "co-production": (
        "co-production support for {noun} projects",
        "co-production partnerships from {city}",
    ),
    "distribution": (
        "distribution contacts in {country}",
        "help reaching audiences in {country}",
    ),
    "residency": (
        "a short residency in my studio in {city}",
        "hosting for visiting artists in {city}",
    ),
    "jobs": (
        "paid freelance work for {role_pl}",
        "paid internships in my studio",
    ),
    "training": (
        "workshops in {skill}",
        "introductory training in {skill}",
    ),
    "space": (
        "shared studio space and equipment in {city}",
        "a desk in our shared studio in {city}",
    ),
    "advice": (
        "advice on {skill}",
        "practical advice on {business}",
    ),
}
_NEED_PHRASES: dict[str, tuple[str, ...]] = {
    "collaboration": ("collaborators for {project}", "artists to collaborate with on {project}"),
    "funding": ("funding for {project}", "a grant or a sponsor for {project}"),
    "mentoring": ("a mentor experienced in {business}", "mentoring on {business}"),
    "co-production": ("co-producers for {project}", "international co-production partners"),
    "distribution": (
        "distribution partners outside {country}",
        "buyers and venues for my work outside {country}",
    ),
    "residency": ("a residency abroad to develop {project}", "a residency in {area}"),
    "jobs": ("freelance commissions in {field}", "a part-time job in {field}"),
    "training": ("training in {business}", "a course in {new_skill}"),
    "space": ("affordable studio space in {city}", "a shared workspace in {city}"),
    "advice": ("advice on {business}", "legal advice on contracts and rights"),
}
assert (
    set(_OFFER_PHRASES) == set(_NEED_PHRASES) == {slug for slug, _ in taxonomy.EXCHANGE_CATEGORIES}
)

_STAGE_WEIGHTS = {"student": 15, "emerging": 38, "developing": 30, "established": 17}
assert set(_STAGE_WEIGHTS) == {slug for slug, _ in taxonomy.CAREER_STAGES}
_LONGEST_MEMBERSHIP_DAYS = {
    "student": 1100,
    "emerging": 2200,
    "developing": 3650,
    "established": 3650,
}
_STAGE_START_YEARS = {
    "student": (2023, 2025),
    "emerging": (2021, 2024),
    "developing": (2015, 2021),
    "established": (2004, 2016),
}
_OFFER_WEIGHTS = {
    "collaboration": 6,
    "funding": 0.3,
    "mentoring": 1.5,
    "co-production": 2,
    "distribution": 1,
    "residency": 0.6,
    "jobs": 0.6,
    "training": 2,
    "space": 1,
    "advice": 3,
}
_NEED_WEIGHTS = {
    "collaboration": 4,
    "funding": 4,
    "mentoring": 3,
    "co-production": 2,
    "distribution": 2,
    "residency": 2,
    "jobs": 2,
    "training": 2,
    "space": 1.5,
    "advice": 2,
}
_STAGE_OFFER_FACTORS = {
    "student": {"mentoring": 0, "jobs": 0, "funding": 0, "space": 0.2, "residency": 0},
    "emerging": {"mentoring": 0.3, "jobs": 0.3, "funding": 0.3},
    "developing": {},
    "established": {"mentoring": 3, "jobs": 3, "space": 2, "residency": 3, "funding": 3},
}
_STAGE_NEED_FACTORS = {
    "student": {"mentoring": 2, "jobs": 2, "training": 2, "co-production": 0.3},
    "emerging": {"mentoring": 1.5, "funding": 1.3},
    "developing": {},
    "established": {"mentoring": 0.2, "training": 0.4, "jobs": 0.3, "distribution": 1.5},
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ə": "e",
        "Ə": "e",
        "ħ": "h",
        "Ħ": "h",
        "ŋ": "ng",
        "'": "",
        "’": "",
        "ʻ": "",
        "`": "",
    }
)


@functools.lru_cache(maxsize=4096)
def slugify_ascii(value: str) -> str:
    """Lowercase ASCII slug: "Jean-Baptiste Ólafsdóttir" -> "jean-baptiste-olafsdottir"."""
    text = unicodedata.normalize("NFKD", value.translate(_TRANSLITERATE))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = "".join(char if char.isalnum() else "-" for char in text)
    return "-".join(part for part in slug.split("-") if part)


class _Random(random.Random):
    """random.Random with cheaper choice() and randint() (same output for a seed, always)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class _Weighted:
    """Weighted choice over fixed keys, with precomputed cumulative weights."""

    def __init__(self, weights):
        items = [(key, weight) for key, weight in dict(weights).items() if weight > 0]
        self.keys = [key for key, _ in items]
        self.cumulative = list(itertools.accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random):
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.keys[min(index, len(self.keys) - 1)]

    def sample(self, rng: random.Random, k: int) -> list:
        """k distinct keys, drawn one after the other in proportion to their weight."""
        k = min(k, len(self.keys))
        chosen: list = []
        while len(chosen) < k:
            key = self.pick(rng)
            if key not in chosen:
                chosen.append(key)
        return chosen


def _pick_k(rng: random.Random, probabilities: tuple[float, ...]) -> int:
    """1 with probabilities[0], 2 with probabilities[1]..."""
    return _counts(probabilities).pick(rng)


_COUNT_PICKERS: dict[tuple[float, ...], _Weighted] = {}


def _counts(probabilities: tuple[float, ...]) -> _Weighted:
    picker = _COUNT_PICKERS.get(probabilities)
    if picker is None:
        picker = _COUNT_PICKERS[probabilities] = _Weighted(
            {count: weight for count, weight in enumerate(probabilities, start=1)}
        )
    return picker


# Country names that take "the" in a sentence ("outside the Netherlands").
_NAMES_WITH_THE = frozenset("GB US NL PH BS GM MV MH SB AE DO CF CD KM".split())


def _in_text(country: Country) -> str:
    return f"the {country.name}" if country.code in _NAMES_WITH_THE else country.name


def _plural(role: str) -> str:
    if role.endswith(("s", "sh", "ch")):
        return role + "es"
    return role + "s"


def _article(word: str) -> str:
    if word.startswith(("UX", "uni", "eu")):
        return "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# Unique serial numbers: index 0..8,999 -> 4 digits, the next 90,000 -> 5 digits,
# and so on. Within a block an affine map with a multiplier prime to the block
# size is a bijection, so two indices never share a number.
_SERIAL_MULTIPLIERS = (6007, 7001, 7919, 4001, 5003, 8009, 9001, 3001)


def _serial(index: int, seed: int) -> int:
    low, size, block = 1000, 9000, 0
    while index >= size:
        index -= size
        low, size, block = low * 10, size * 10, block + 1
    multiplier = _SERIAL_MULTIPLIERS[(seed + block) % len(_SERIAL_MULTIPLIERS)]
    offset = (seed * 104_729 + block * 7_907) % size
    return low + (multiplier * index + offset) % size


_GOLDEN = (math.sqrt(5) - 1) / 2


class _CountryPicker:
    """Maps the i-th person to a country with a golden-ratio sequence.

    The points frac(offset + i * 0.618...) are spread so evenly that every
    country whose share is above about 1.5 / n appears among the first n people.
    The order of the countries on the unit interval is shuffled by the seed.
    """

    def __init__(self, seed: int):
        rng = random.Random(f"countries:{seed}")
        codes = list(COUNTRIES)
        rng.shuffle(codes)
        total = sum(COUNTRIES[code].weight for code in codes)
        self.codes = codes
        self.bounds = list(itertools.accumulate(COUNTRIES[code].weight / total for code in codes))
        self.offset = rng.random()

    def __call__(self, index: int) -> Country:
        point = (self.offset + index * _GOLDEN) % 1.0
        position = min(bisect.bisect_right(self.bounds, point), len(self.codes) - 1)
        return COUNTRIES[self.codes[position]]


_REGION_PICKERS = {code: _Weighted(dict(country.regions)) for code, country in COUNTRIES.items()}


def _pick_region(rng: random.Random, country: Country) -> str:
    if len(country.regions) == 1:
        return country.regions[0][0]
    return _REGION_PICKERS[country.code].pick(rng)


def _languages(rng: random.Random, country: Country, region: str) -> list[str]:
    region_langs = REGION_LANGUAGES[region]
    matching = [code for code in region_langs if code in country.languages]
    if matching:
        primary = matching[0] if rng.random() < 0.7 else rng.choice(matching)
    elif country.languages:
        primary = country.languages[0]
    else:
        primary = country.lingua_franca[0]
    languages = [primary]
    # Heritage language of a diaspora name (Turkish in Germany, Urdu in the UK).
    if not matching and region_langs[0] not in country.languages and rng.random() < 0.55:
        languages.append(region_langs[0])
    others = [code for code in country.languages if code not in languages]
    if others and len(languages) < 3 and rng.random() < 0.45:
        languages.append(rng.choice(others))
    # A lingua franca: usually English, French, Portuguese or Spanish.
    chance = 0.55 if primary == "en" else 0.88
    if len(languages) < 3 and rng.random() < chance:
        candidates = [
            code for code in country.lingua_franca + _DEFAULT_LINGUA_FRANCA if code not in languages
        ]
        if candidates:
            languages.append(candidates[0] if rng.random() < 0.75 else rng.choice(candidates))
    if len(languages) < 3 and rng.random() < 0.12:
        extra = [code for code in ("en", "fr", "es", "pt", "de", "it") if code not in languages]
        languages.append(rng.choice(extra))
    return languages[:3]


def _category_pickers(base: dict[str, float], factors_by_stage) -> dict[str, _Weighted]:
    return {
        stage: _Weighted({key: weight * factors.get(key, 1.0) for key, weight in base.items()})
        for stage, factors in factors_by_stage.items()
    }


_OFFER_PICKERS = _category_pickers(_OFFER_WEIGHTS, _STAGE_OFFER_FACTORS)
_NEED_PICKERS = _category_pickers(_NEED_WEIGHTS, _STAGE_NEED_FACTORS)


def _exchange_sentence(rng, openers, phrases, categories, context) -> str:
    parts = [rng.choice(phrases[categories[0]]).format(**context)]
    if len(categories) > 1:  # a second project, not the same one twice
        second = {**context, "project": context["other_project"]}
        parts.append(rng.choice(phrases[categories[1]]).format(**second))
    return f"{rng.choice(openers)} {_join(parts)}."


_OFFER_OPENERS = ("I can offer", "I offer", "Happy to offer", "I can share")
_NEED_OPENERS = ("I'm looking for", "Looking for", "I'd like to find", "Currently looking for")


_PORTFOLIO_SIZES = {
    stage: _Weighted(dict(enumerate(weights)))
    for stage, weights in {
        "student": (4, 4, 2, 0.5, 0),
        "emerging": (2, 3, 3, 1.5, 0.5),
        "developing": (1, 2, 3, 3, 2),
        "established": (1, 1, 2, 3, 4),
    }.items()
}


def _portfolio(rng, sectors, stage, start_year, city) -> list[PortfolioSeed]:
    count = _PORTFOLIO_SIZES[stage].pick(rng)
    first_year = max(FIRST_PORTFOLIO_YEAR, start_year)
    items = []
    used_titles = set()
    for _ in range(count):
        sector = rng.choice(sectors)
        kind, template = rng.choice(_SECTORS[sector].works)
        for _attempt in range(5):
            noun = rng.choice(_TITLE_NOUNS)
            if rng.random() < 0.6:
                title = f"{rng.choice(_TITLE_ADJECTIVES)} {noun}"
            else:
                title = f"{noun} of {rng.choice(_TITLE_OF_NOUNS)}"
            if title not in used_titles:
                break
        used_titles.add(title)
        description = template.format(
            city=city, topic=rng.choice(_TOPICS), partner=rng.choice(_PARTNERS)
        )
        items.append(
            PortfolioSeed(
                title=title,
                description=f"{kind}. {description}",
                year=rng.randint(first_year, REFERENCE_YEAR),
                sector=sector,
            )
        )
    items.sort(key=lambda item: item.year, reverse=True)
    return items


def _other_hub(rng, city: str) -> str:
    hub = rng.choice(_HUB_CITIES)
    return hub if hub != city else _HUB_CITIES[(_HUB_CITIES.index(hub) + 1) % len(_HUB_CITIES)]


def _headline(rng, stage, roles, skills, sector, city, last_name) -> str:
    role = roles[0]
    if stage == "student":
        return f"{_capitalise(_SECTORS[sector].discipline)} student in {city}"
    options = [
        f"{_capitalise(role)} based in {city}",
        f"{_capitalise(role)} · {skills[0]}",
        f"{_capitalise(role)} working between {city} and {_other_hub(rng, city)}",
    ]
    if len(roles) > 1:
        options.append(f"{_capitalise(role)} and {roles[1]}")
    if stage == "established":
        options.append(f"{_capitalise(role)}, founder of Studio {last_name}")
    return rng.choice(options)


def _bio(rng, *, stage, roles, skills, sector, city, country, start_year, need_categories, context):
    role = roles[0]
    data = _SECTORS[sector]
    intro = rng.choice(
        [
            f"I'm {_article(role)} {role} based in {city}, {country.name}.",
            f"I'm {_article(role)} {role} from {city}.",
            f"I'm {_article(role)} {role} living and working in {city}.",
        ]
    )
    if len(roles) > 1 and rng.random() < 0.5:
        intro = intro[:-1] + f", and I also work as {_article(roles[1])} {roles[1]}."
    if len(skills) >= 2:
        practice = rng.choice(
            [
                f"My work moves between {skills[0]} and {skills[1]}.",
                f"I work mostly with {_join(skills[:3])}.",
                f"Most of my projects combine {skills[0]} and {skills[1]}, "
                f"often with {rng.choice(_COLLABORATORS)}.",
            ]
        )
    else:
        practice = f"I work mostly with {skills[0]}, often with {rng.choice(_COLLABORATORS)}."
    if stage == "student":
        history = (
            f"I'm in the last year of a degree in {data.discipline} "
            "and building my first portfolio."
        )
    elif stage == "emerging":
        history = rng.choice(
            [
                f"I set up my own practice in {start_year} after a few years of freelancing.",
                f"I started working professionally in {start_year}.",
            ]
        )
    elif stage == "developing":
        history = (
            f"Since {start_year} I have worked with {rng.choice(_COLLABORATORS)} "
            f"across {_in_text(country)} and abroad."
        )
    else:
        founded = rng.randint(start_year + 2, max(start_year + 3, 2020))
        history = (
            f"I have been working professionally since {start_year}, and in {founded} "
            f"I co-founded {rng.choice(data.studios)} in {city}."
        )
    need = rng.choice(_NEED_PHRASES[need_categories[0]]).format(**context)
    goal = rng.choice(
        [
            f"I joined Creative Tracks to find {need}.",
            f"On Creative Tracks I'm hoping to find {need}.",
            f"I'm especially keen to connect with people working in {context['area']}.",
        ]
    )
    first = f"{intro} {practice}"
    second = f"{history} {goal}"
    return f"{first}\n\n{second}" if rng.random() < 0.6 else f"{first} {second}"


def _website(rng, handle: str, first: str, last: str) -> str:
    roll = rng.random()
    if roll < 0.45:
        return ""
    if roll < 0.7:
        return f"https://{handle}.{WEBSITE_DOMAIN}"
    if roll < 0.85:
        return f"https://{WEBSITE_DOMAIN}/{handle}"
    return f"https://{(first + last).replace('-', '')[:40]}.{WEBSITE_DOMAIN}"


# Share of a country's members in its first, second... city.
_CITY_PICKERS = {
    size: _Weighted(dict(enumerate((0.5, 0.24, 0.16, 0.1)[:size]))) for size in range(1, 5)
}
_SECTOR_PICKER = _Weighted({slug: sector.weight for slug, sector in _SECTORS.items()})
_STAGE_PICKER = _Weighted(_STAGE_WEIGHTS)


def _person(rng: random.Random, index: int, seed: int, country: Country) -> PersonSeed:
    region = _pick_region(rng, country)
    pool = NAME_POOLS[region]
    female = rng.random() < 0.52
    first_name = rng.choice(pool.female if female else pool.male)
    family = rng.randrange(len(pool.last))
    last_name = pool.last_female[family] if female and pool.last_female else pool.last[family]
    display_name = f"{last_name} {first_name}" if pool.family_first else f"{first_name} {last_name}"
    first_slug, last_slug = slugify_ascii(first_name), slugify_ascii(last_name)
    serial = _serial(index, seed)
    handle = f"{first_slug}-{last_slug}-{serial}"
    email = f"{first_slug}.{last_slug}.{serial}@{EMAIL_DOMAIN}"
    city = country.cities[_CITY_PICKERS[len(country.cities)].pick(rng)]

    sectors = _SECTOR_PICKER.sample(rng, _pick_k(rng, (0.5, 0.38, 0.12)))
    stage = _STAGE_PICKER.pick(rng)
    low, high = _STAGE_START_YEARS[stage]
    start_year = rng.randint(low, high)

    # A role in the main sector (and maybe a second one), then skills: first
    # those the role is known for, then others from the member's sectors.
    roles = [rng.choice(_SECTORS[sectors[0]].roles)]
    if len(sectors) > 1:
        roles.append(rng.choice(_SECTORS[sectors[1]].roles))
    elif rng.random() < 0.3:
        second = [role for role in _SECTORS[sectors[0]].roles if role != roles[0]]
        roles.append(rng.choice(second))
    skill_count = rng.randint(2, 6)
    core = list(_ROLE_SKILLS[sectors[0]][roles[0]])
    rng.shuffle(core)
    skills: list[str] = core[: rng.randint(1, 2)]
    if len(roles) > 1:
        role_sector = sectors[1] if len(sectors) > 1 else sectors[0]
        for skill in _ROLE_SKILLS[role_sector][roles[1]]:
            if skill not in skills:
                skills.append(skill)
                break
    for position in range(skill_count * 3):  # a few retries for duplicates
        if len(skills) >= skill_count:
            break
        sector = sectors[0] if position < 2 or rng.random() < 0.5 else rng.choice(sectors)
        skill = rng.choice(_SECTORS[sector].skills)
        if skill not in skills:
            skills.append(skill)
    for skill in _SECTORS[sectors[0]].skills:  # never fewer than two
        if len(skills) >= 2:
            break
        if skill not in skills:
            skills.append(skill)
    skills = skills[:skill_count]

    offer_categories = _OFFER_PICKERS[stage].sample(rng, _pick_k(rng, (0.45, 0.4, 0.15)))
    need_categories = _NEED_PICKERS[stage].sample(rng, _pick_k(rng, (0.45, 0.4, 0.15)))
    if set(offer_categories) == set(need_categories):
        spare = [key for key in _NEED_WEIGHTS if key not in need_categories]
        if len(need_categories) < 3:
            need_categories.append(rng.choice(spare))
        else:
            need_categories[-1] = rng.choice(spare)

    main = _SECTORS[sectors[0]]
    new_skill = rng.choice(main.skills)
    if new_skill in skills:
        new_skill = rng.choice(_BUSINESS_TOPICS)
    project = rng.choice(main.projects)
    context = {
        "role_pl": _plural(roles[0]),
        "noun": main.noun,
        "field": _SECTOR_FIELDS[sectors[0]],
        "skill": skills[0],
        "new_skill": new_skill,
        "city": city,
        "country": _in_text(country),
        "project": project,
        "other_project": main.projects[(main.projects.index(project) + 1) % len(main.projects)],
        "business": rng.choice(_BUSINESS_TOPICS),
        "area": rng.choice(_TARGET_AREAS),
    }
    offers_text = _exchange_sentence(rng, _OFFER_OPENERS, _OFFER_PHRASES, offer_categories, context)
    needs_text = _exchange_sentence(rng, _NEED_OPENERS, _NEED_PHRASES, need_categories, context)

    headline = _headline(rng, stage, roles, skills, sectors[0], city, last_name)
    bio = _bio(
        rng,
        stage=stage,
        roles=roles,
        skills=skills,
        sector=sectors[0],
        city=city,
        country=country,
        start_year=start_year,
        need_categories=need_categories,
        context=context,
    )
    languages = _languages(rng, country, region)
    website = _website(rng, handle, first_slug, last_slug)
    portfolio = _portfolio(rng, sectors, stage, start_year, city)
    # Students and newcomers joined more recently than established members.
    longest = _LONGEST_MEMBERSHIP_DAYS[stage]
    joined_days_ago = min(longest, int(rng.triangular(0, longest, longest * 0.2)))

    return PersonSeed(
        first_name=first_name,
        last_name=last_name,
        display_name=display_name,
        handle=handle,
        email=email,
        country=country.code,
        city=city,
        headline=headline,
        bio=bio,
        languages=languages,
        sectors=sectors,
        skills=skills,
        career_stage=stage,
        offers_text=offers_text,
        needs_text=needs_text,
        offer_categories=offer_categories,
        need_categories=need_categories,
        website=website,
        portfolio=portfolio,
        joined_days_ago=joined_days_ago,
    )


# ---------------------------------------------------------------------------
# Public generators
# ---------------------------------------------------------------------------


def generate_people(count: int, *, seed: int = 2016) -> Iterator[PersonSeed]:
    """Yield ``count`` synthetic members, lazily and deterministically.

    Memory use does not depend on ``count``; handles and emails are unique for
    any number of people, and the first n people of a longer run are the same
    as those of a run of n.
    """
    if count < 0:
        raise ValueError("count must be zero or positive")
    return _people(count, seed)


def _people(count: int, seed: int) -> Iterator[PersonSeed]:
    rng = _Random(seed)
    pick_country = _CountryPicker(seed)
    for index in range(count):
        yield _person(rng, index, seed, pick_country(index))


# -- organisations ------------------------------------------------------------

_ORG_KIND_WEIGHTS = {
    "network": 55,
    "collective": 15,
    "incubator": 12,
    "ngo": 10,
    "cultural-institution": 8,
}
assert set(_ORG_KIND_WEIGHTS) <= {slug for slug, _ in taxonomy.ORGANISATION_KINDS}

# Name templates by language and kind. {city} and {word}.
_ORG_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "network": (
            "{city} Creative Network",
            "{word} Network for Young Creatives",
            "{city} Young Makers Network",
            "{word} Creative Exchange",
            "{city} Independent Culture Network",
        ),
        "collective": (
            "{word} Creative Collective",
            "{city} Makers Collective",
            "The {word} Collective",
        ),
        "incubator": ("{word} Creative Hub", "{city} Creative Incubator", "{word} Studio Lab"),
        "ngo": ("{word} Arts Foundation", "Young Creatives {city}", "{word} Culture Trust"),
        "cultural-institution": ("{word} House of Culture", "{city} Centre for New Arts"),
    },
    "pt": {
        "network": ("Rede Criativa {word}", "Rede de Jovens Criadores de {city}", "Rede {word}"),
        "collective": ("Coletivo {word}", "Coletivo Criativo de {city}"),
        "incubator": ("Incubadora Criativa de {city}", "Casa {word}"),
        "ngo": ("Associação Cultural {word}", "Associação Jovens Criadores de {city}"),
        "cultural-institution": ("Centro Cultural {word}", "Casa da Criação de {city}"),
    },
    "es": {
        "network": (
            "Red de Creadores de {city}",
            "Red Cultural {word}",
            "Red {word} de Jóvenes Creativos",
        ),
        "collective": ("Colectivo {word}", "Colectivo Creativo de {city}"),
        "incubator": ("Incubadora Creativa de {city}", "Laboratorio {word}"),
        "ngo": ("Asociación Cultural {word}", "Fundación {word}"),
        "cultural-institution": ("Centro Cultural {word}", "Casa de las Artes de {city}"),
    },
    "fr": {
        "network": (
            "Réseau des Jeunes Créateurs de {city}",
            "Réseau {word}",
            "Réseau Créatif {word}",
        ),
        "collective": ("Collectif {word}", "Collectif Créatif de {city}"),
        "incubator": ("Fabrique Créative de {city}", "Atelier {word}"),
        "ngo": ("Association {word}", "Association des Créateurs de {city}"),
        "cultural-institution": ("Maison {word}", "Espace Culturel {word}"),
    },
    "de": {
        "network": ("Kreativnetzwerk {city}", "Netzwerk Junge Kreative {city}", "Netzwerk {word}"),
        "collective": ("Kollektiv {word}",),
        "incubator": ("Kreativlabor {word}", "Gründerhaus {city}"),
        "ngo": ("Kulturverein {word}",),
        "cultural-institution": ("Kulturhaus {word}",),
    },
    "nl": {
        "network": ("Creatief Netwerk {city}", "Netwerk {word}"),
        "collective": ("Collectief {word}",),
        "incubator": ("Broedplaats {word}", "Creatieve Werkplaats {city}"),
        "ngo": ("Stichting {word}",),
        "cultural-institution": ("Cultuurhuis {word}",),
    },
    "it": {
        "network": ("Rete Creativa {word}", "Rete dei Giovani Creativi di {city}"),
        "collective": ("Collettivo {word}",),
        "incubator": ("Officina Creativa di {city}", "Laboratorio {word}"),
        "ngo": ("Associazione Culturale {word}",),
        "cultural-institution": ("Casa delle Arti {word}",),
    },
}
_ORG_WORDS: dict[str, tuple[str, ...]] = {
    "en": _names(
        "Loom, Lantern, Compass, Tidewater, Kiln, Hive, Threadline, Bridgework, Seedbed, Beacon, "
        "Wayfinder, Northlight, Riverbend, Palmleaf, Sunward, Kingfisher, Saltmarsh, Ironwood"
    ),
    "pt": _names(
        "Maré, Ponte, Semente, Fio, Raiz, Ondas, Farol, Colmeia, Mosaico, Varanda, Quintal, "
        "Bússola, Tear, Cais, Caju, Marulho"
    ),
    "es": _names(
        "Semilla, Puente, Telar, Raíz, Colmena, Faro, Marea, Hilo, Trama, Brújula, Ceiba, "
        "Alero, Cántaro, Zaguán"
    ),
    "fr": _names(
        "Passerelle, Ruche, Boussole, Racine, Phare, Marée, Trame, Fil d'Or, Baobab Bleu, "
        "Calebasse, Pirogue, Tisserand"
    ),
    "de": _names("Brückenschlag, Webstuhl, Leuchtfeuer, Werkbank, Kompass, Bienenstock"),
    "nl": _names("Weefgetouw, Vuurtoren, Draaischijf, Kompas, Bijenkorf, Zeepaard"),
    "it": _names("Telaio, Faro, Bussola, Alveare, Radice, Approdo"),
}
_ORG_LANGUAGE_BY_REGION = {
    "lusophone": "pt",
    "hispanic": "es",
    "francophone_europe": "fr",
    "francophone_africa": "fr",
    "haitian": "fr",
    "malagasy": "fr",
    "italian": "it",
    "german": "de",
    "dutch_flemish": "nl",
}
_ORG_AREA_BY_COUNTRY = {
    "GB": "the UK",
    "IE": "Ireland",
    "US": "North America",
    "CA": "North America",
    "AU": "Australia and the Pacific",
    "NZ": "Aotearoa and the Pacific",
    "BR": "Latin America",
    "MZ": "southern Africa",
    "AO": "southern Africa",
    "CV": "West Africa",
    "GW": "West Africa",
    "ST": "Central Africa",
    "TL": "Southeast Asia",
    "PT": "Portugal and the Lusophone world",
    "MO": "the Pearl River Delta",
    "ZA": "southern Africa",
    "ZW": "southern Africa",
    "ZM": "southern Africa",
    "MW": "southern Africa",
    "BW": "southern Africa",
    "NA": "southern Africa",
    "LS": "southern Africa",
    "SZ": "southern Africa",
    "NG": "West Africa",
    "GH": "West Africa",
    "SL": "West Africa",
    "LR": "West Africa",
    "KE": "East Africa",
    "UG": "East Africa",
    "CM": "Central Africa",
    "GA": "Central Africa",
    "CG": "Central Africa",
    "CD": "Central Africa",
    "CF": "Central Africa",
    "TD": "Central Africa",
    "MA": "the Maghreb",
    "DZ": "the Maghreb",
    "TN": "the Maghreb",
    "LY": "North Africa",
    "EG": "North Africa",
    "SD": "North Africa",
    "MR": "the Maghreb",
    "KM": "the Indian Ocean",
    "MU": "the Indian Ocean",
    "MG": "the Indian Ocean",
}
_ORG_AREA_BY_REGION = {
    "hispanic": "Latin America",
    "francophone_europe": "Europe",
    "francophone_africa": "West Africa",
    "east_africa": "East Africa",
    "horn_africa": "the Horn of Africa",
    "arabic": "the Middle East",
    "hebrew": "the Eastern Mediterranean",
    "turkish": "the Eastern Mediterranean",
    "persian": "West Asia",
    "german": "Europe",
    "dutch_flemish": "Europe",
    "nordic": "the Nordic countries",
    "finnish": "the Nordic countries",
    "icelandic": "the Nordic countries",
    "italian": "the Mediterranean",
    "greek": "the Mediterranean",
    "slavic_east": "Eastern Europe",
    "polish": "Central Europe",
    "czech_slovak": "Central Europe",
    "hungarian": "Central Europe",
    "romanian": "South-East Europe",
    "lithuanian": "the Baltic states",
    "latvian": "the Baltic states",
    "estonian": "the Baltic states",
    "balkan_west": "the Balkans",
    "balkan_east": "the Balkans",
    "albanian": "the Balkans",
    "chinese": "East Asia",
    "japanese": "East Asia",
    "korean": "East Asia",
    "mongolian": "East Asia",
    "south_asian": "South Asia",
    "south_asian_muslim": "South Asia",
    "southeast_asian": "Southeast Asia",
    "filipino": "Southeast Asia",
    "thai_lao": "Southeast Asia",
    "vietnamese": "Southeast Asia",
    "burmese": "Southeast Asia",
    "khmer": "Southeast Asia",
    "central_asian": "Central Asia",
    "georgian": "the Caucasus",
    "armenian": "the Caucasus",
    "azerbaijani": "the Caucasus",
    "pacific": "the Pacific",
    "caribbean": "the Caribbean",
    "haitian": "the Caribbean",
    "anglophone": "the English-speaking world",
    "anglophone_west_africa": "West Africa",
    "southern_africa": "southern Africa",
}
_ORG_OPENINGS = {
    "network": "A network of {members} young creative entrepreneurs in {city} and across {area}",
    "collective": "An artist-run collective of {members} designers, musicians and makers "
    "from {city}",
    "incubator": "A creative hub in {city} hosting {studios} early-stage studios and start-ups",
    "ngo": "A non-profit helping young creatives in {city} and across {area} turn ideas into work",
    "cultural-institution": "An independent cultural centre in {city} with a programme for young "
    "creatives from across {area}",
}
_ORG_ACTIVITIES = tuple(
    item.strip()
    for item in (
        "monthly portfolio nights; a peer mentoring scheme; an annual showcase; "
        "shared studios and equipment; training in business skills; small production grants; "
        "international exchanges; a jobs and commissions board; open calls for residencies; "
        "pop-up markets for makers; a podcast about working in culture"
    ).split(";")
)


# City names as written in the language of an organisation's name.
_LOCAL_CITY_NAMES = {
    "pt": {"Lisbon": "Lisboa", "Macao": "Macau"},
    "es": {
        "Seville": "Sevilla",
        "Havana": "La Habana",
        "Mexico City": "Ciudad de México",
        "Panama City": "Ciudad de Panamá",
        "Guatemala City": "Ciudad de Guatemala",
    },
    "fr": {"Brussels": "Bruxelles", "Geneva": "Genève", "Bern": "Berne"},
    "nl": {"Brussels": "Brussel", "Antwerp": "Antwerpen", "Ghent": "Gent"},
    "de": {"Munich": "München", "Cologne": "Köln", "Vienna": "Wien"},
    "it": {"Rome": "Roma", "Milan": "Milano", "Naples": "Napoli"},
}
# Language of an organisation's name in cities of multilingual countries.
_ORG_LANGUAGE_BY_CITY = {
    "Antwerp": "nl",
    "Ghent": "nl",
    "Liège": "fr",
    "Zürich": "de",
    "Bern": "de",
    "Geneva": "fr",
    "Lausanne": "fr",
    "Montréal": "fr",
}


def _org_language(rng, country: Country, city: str) -> str:
    if rng.random() < 0.25:
        return "en"  # many networks use an English name
    if city in _ORG_LANGUAGE_BY_CITY:
        return _ORG_LANGUAGE_BY_CITY[city]
    if country.code == "BE":
        return rng.choice(("nl", "fr"))
    region = country.regions[0][0]
    return _ORG_LANGUAGE_BY_REGION.get(region, "en")


MAX_SLUG_LENGTH = 50  # Django's SlugField default


def _truncate_slug(slug: str, limit: int) -> str:
    """Cut a slug to at most ``limit`` characters, at a hyphen when possible."""
    if len(slug) <= limit:
        return slug
    cut = slug[:limit]
    return cut.rsplit("-", 1)[0] if "-" in cut else cut


def generate_network_organisations(count: int = 70, *, seed: int = 2016) -> list[OrganisationSeed]:
    """Fictional organisations that run networks of creative entrepreneurs.

    About three quarters of them are in distinct countries (drawn with the same
    country weights as members), so 70 organisations cover 50+ countries. Names
    and slugs are unique.
    """
    if count < 0:
        raise ValueError("count must be zero or positive")
    rng = _Random(f"organisations:{seed}")
    distinct = _Weighted({code: country.weight for code, country in COUNTRIES.items()}).sample(
        rng, min(len(COUNTRIES), round(count * 0.75))
    )
    core = ("PT", "GB", "BR", "FR", "BE", "NL", "MZ", "CN", "ES", "DE", "IT")
    chosen = list(distinct)
    while len(chosen) < count:
        chosen.append(rng.choice(core))
    rng.shuffle(chosen)

    kinds = _Weighted(_ORG_KIND_WEIGHTS)
    unused_words = {language: list(words) for language, words in _ORG_WORDS.items()}
    names: set[str] = set()
    slugs: set[str] = set()
    organisations = []
    for code in chosen:
        country = COUNTRIES[code]
        region = country.regions[0][0]
        kind = kinds.pick(rng)
        name = city = ""
        for _attempt in range(30):
            city = rng.choice(country.cities)
            language = _org_language(rng, country, city)
            template = rng.choice(_ORG_NAMES[language][kind])
            words = unused_words[language] or list(_ORG_WORDS[language])
            word = words[int(rng.random() * len(words))]
            local_city = _LOCAL_CITY_NAMES.get(language, {}).get(city, city)
            name = template.format(city=local_city, word=word)
            if name not in names:
                if "{word}" in template and word in unused_words[language]:
                    unused_words[language].remove(word)
                break
        base, number = name, 2
        while name in names:
            name, number = f"{base} {number}", number + 1
        names.add(name)
        slug = base = _truncate_slug(slugify_ascii(name), MAX_SLUG_LENGTH)
        number = 2
        while slug in slugs:
            slug = f"{_truncate_slug(base, MAX_SLUG_LENGTH - len(str(number)) - 1)}-{number}"
            number += 1
        slugs.add(slug)

        area = _ORG_AREA_BY_COUNTRY.get(code) or _ORG_AREA_BY_REGION.get(region, "the region")
        opening = _ORG_OPENINGS[kind].format(
            members=rng.randrange(40, 900, 10), studios=rng.randint(8, 40), city=city, area=area
        )
        activities = rng.sample(_ORG_ACTIVITIES, 3)
        founded = rng.randint(2006, 2022)
        description = (
            f"{opening}. Founded in {founded}, we run {_join(activities)}, and welcome members "
            "from every creative sector."
        )
        sectors = _SECTOR_PICKER.sample(rng, _pick_k(rng, (0.3, 0.4, 0.3)))
        organisations.append(
            OrganisationSeed(
                name=name,
                slug=slug,
                kind=kind,
                country=code,
                city=city,
                sectors=sectors,
                description=description,
                website=f"https://{slug}.{WEBSITE_DOMAIN}",
            )
        )
    return organisations
