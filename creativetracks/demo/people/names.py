"""Name pools of the world's cultural and linguistic regions, and their languages."""

from __future__ import annotations

from .records import NamePool

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
