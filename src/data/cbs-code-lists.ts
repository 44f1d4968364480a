// Generated from two code lists written by cbsodataR from dataderden.cbs.nl (Politie catalogue),
// kept in the repository bernasco/staat_van_de_misdaad at commit 5f16319a74b3d5c71a4e7bb4dd9511c1b67e9b9e:
// data/RegioS.csv (RegioS of 47021NED; 47025NED uses the same list) and data/SoortMisdrijf.csv (47025NED).
// Trimmed to key and title, keys without their padding ("NL01  " → "NL01"). Source: Politie, open data.

/** RegioS: one "code<TAB>title" a line (country, landsdelen, provinces, police regions, municipalities). */
export const regionCodeList = `NL01	Nederland
LD01	Noord-Nederland (LD)
LD02	Oost-Nederland (LD)
LD03	West-Nederland (LD)
LDG4	West-Nederland, exclusief G4 (LD)
LD04	Zuid-Nederland (LD)
LD99	Niet in te delen (LD)
PV20	Groningen (PV)
PV21	Fryslân (PV)
PV22	Drenthe (PV)
PV23	Overijssel (PV)
PV24	Flevoland (PV)
PV25	Gelderland (PV)
PV26	Utrecht (PV)
PV27	Noord-Holland (PV)
PV28	Zuid-Holland (PV)
PV29	Zeeland (PV)
PV30	Noord-Brabant (PV)
PV31	Limburg (PV)
PV99	Niet in te delen (PV)
GM1680	Aa en Hunze
GM0358	Aalsmeer
GM0197	Aalten
GM0059	Achtkarspelen
GM0482	Alblasserdam
GM0613	Albrandswaard
GM0361	Alkmaar
GM0141	Almelo
GM0034	Almere
GM0484	Alphen aan den Rijn
GM1723	Alphen-Chaam
GM1959	Altena
GM0060	Ameland
GM0307	Amersfoort
GM0362	Amstelveen
GM0363	Amsterdam
GM0200	Apeldoorn
GM0202	Arnhem
GM0106	Assen
GM0743	Asten
GM0744	Baarle-Nassau
GM0308	Baarn
GM0489	Barendrecht
GM0203	Barneveld
GM0888	Beek (L.)
GM1954	Beekdaelen
GM0889	Beesel
GM1945	Berg en Dal
GM1724	Bergeijk
GM0893	Bergen (L.)
GM0373	Bergen (NH.)
GM0748	Bergen op Zoom
GM1859	Berkelland
GM1721	Bernheze
GM0753	Best
GM0209	Beuningen
GM0375	Beverwijk
GM0310	De Bilt
GM1728	Bladel
GM0376	Blaricum
GM0377	Bloemendaal
GM1901	Bodegraven-Reeuwijk
GM0755	Boekel
GM1681	Borger-Odoorn
GM0147	Borne
GM0654	Borsele
GM0757	Boxtel
GM0758	Breda
GM1876	Bronckhorst
GM0213	Brummen
GM0899	Brunssum
GM0312	Bunnik
GM0313	Bunschoten
GM0214	Buren
GM0502	Capelle aan den IJssel
GM0383	Castricum
GM0109	Coevorden
GM1706	Cranendonck
GM0216	Culemborg
GM0148	Dalfsen
GM1891	Dantumadiel
GM0503	Delft
GM0762	Deurne
GM0150	Deventer
GM0384	Diemen
GM1980	Dijk en Waard
GM1774	Dinkelland
GM0221	Doesburg
GM0222	Doetinchem
GM0766	Dongen
GM0505	Dordrecht
GM0498	Drechterland
GM1719	Drimmelen
GM0303	Dronten
GM0225	Druten
GM0226	Duiven
GM1711	Echt-Susteren
GM0385	Edam-Volendam
GM0228	Ede
GM0317	Eemnes
GM1979	Eemsdelta
GM0770	Eersel
GM1903	Eijsden-Margraten
GM0772	Eindhoven
GM0230	Elburg
GM0114	Emmen
GM0388	Enkhuizen
GM0153	Enschede
GM0232	Epe
GM0233	Ermelo
GM0777	Etten-Leur
GM1940	De Fryske Marren
GM0779	Geertruidenberg
GM1771	Geldrop-Mierlo
GM1652	Gemert-Bakel
GM0907	Gennep
GM0784	Gilze en Rijen
GM1924	Goeree-Overflakkee
GM0664	Goes
GM0785	Goirle
GM1942	Gooise Meren
GM0512	Gorinchem
GM0513	Gouda
GM0518	's-Gravenhage (gemeente)
GM0014	Groningen (gemeente)
GM1729	Gulpen-Wittem
GM0158	Haaksbergen
GM0392	Haarlem
GM0394	Haarlemmermeer
GM1655	Halderberge
GM0160	Hardenberg
GM0243	Harderwijk
GM0523	Hardinxveld-Giessendam
GM0072	Harlingen
GM0244	Hattem
GM0396	Heemskerk
GM0397	Heemstede
GM0246	Heerde
GM0074	Heerenveen
GM0917	Heerlen
GM1658	Heeze-Leende
GM0399	Heiloo
GM0400	Den Helder
GM0163	Hellendoorn
GM0794	Helmond
GM0531	Hendrik-Ido-Ambacht
GM0164	Hengelo (O.)
GM0796	's-Hertogenbosch
GM0252	Heumen
GM0797	Heusden
GM0534	Hillegom
GM0798	Hilvarenbeek
GM0402	Hilversum
GM1963	Hoeksche Waard
GM1735	Hof van Twente
GM1966	Het Hogeland
GM1911	Hollands Kroon
GM0118	Hoogeveen
GM0405	Hoorn
GM1507	Horst aan de Maas
GM0321	Houten
GM0406	Huizen
GM0677	Hulst
GM0353	IJsselstein
GM1884	Kaag en Braassem
GM0166	Kampen
GM0678	Kapelle
GM0537	Katwijk
GM0928	Kerkrade
GM1598	Koggenland
GM0542	Krimpen aan den IJssel
GM1931	Krimpenerwaard
GM1659	Laarbeek
GM1982	Land van Cuijk
GM0882	Landgraaf
GM0415	Landsmeer
GM1621	Lansingerland
GM0417	Laren (NH.)
GM0080	Leeuwarden
GM0546	Leiden
GM0547	Leiderdorp
GM1916	Leidschendam-Voorburg
GM0995	Lelystad
GM1640	Leudal
GM0327	Leusden
GM1705	Lingewaard
GM0553	Lisse
GM0262	Lochem
GM0809	Loon op Zand
GM0331	Lopik
GM0168	Losser
GM0263	Maasdriel
GM1641	Maasgouw
GM1991	Maashorst
GM0556	Maassluis
GM0935	Maastricht
GM0420	Medemblik
GM0938	Meerssen
GM1948	Meierijstad
GM0119	Meppel
GM0687	Middelburg (Z.)
GM1842	Midden-Delfland
GM1731	Midden-Drenthe
GM1952	Midden-Groningen
GM1709	Moerdijk
GM1978	Molenlanden
GM1955	Montferland
GM0335	Montfoort
GM0944	Mook en Middelaar
GM1740	Neder-Betuwe
GM0946	Nederweert
GM0356	Nieuwegein
GM0569	Nieuwkoop
GM0267	Nijkerk
GM0268	Nijmegen
GM1930	Nissewaard
GM1970	Noardeast-Fryslân
GM1695	Noord-Beveland
GM1699	Noordenveld
GM0171	Noordoostpolder
GM0575	Noordwijk
GM0820	Nuenen, Gerwen en Nederwetten
GM0302	Nunspeet
GM0579	Oegstgeest
GM0823	Oirschot
GM0824	Oisterwijk
GM1895	Oldambt
GM0269	Oldebroek
GM0173	Oldenzaal
GM1773	Olst-Wijhe
GM0175	Ommen
GM1586	Oost Gelre
GM0826	Oosterhout
GM0085	Ooststellingwerf
GM0431	Oostzaan
GM0432	Opmeer
GM0086	Opsterland
GM0828	Oss
GM1509	Oude IJsselstreek
GM0437	Ouder-Amstel
GM0589	Oudewater
GM1734	Overbetuwe
GM0590	Papendrecht
GM1894	Peel en Maas
GM0765	Pekela
GM1926	Pijnacker-Nootdorp
GM0439	Purmerend
GM0273	Putten
GM0177	Raalte
GM0703	Reimerswaal
GM0274	Renkum
GM0339	Renswoude
GM1667	Reusel-De Mierden
GM0275	Rheden
GM0340	Rhenen
GM0597	Ridderkerk
GM1742	Rijssen-Holten
GM0603	Rijswijk (ZH.)
GM1669	Roerdalen
GM0957	Roermond
GM0736	De Ronde Venen
GM1674	Roosendaal
GM0599	Rotterdam
GM0277	Rozendaal
GM0840	Rucphen
GM0441	Schagen
GM0279	Scherpenzeel
GM0606	Schiedam
GM0088	Schiermonnikoog
GM1676	Schouwen-Duiveland
GM0965	Simpelveld
GM0845	Sint-Michielsgestel
GM1883	Sittard-Geleen
GM0610	Sliedrecht
GM1714	Sluis
GM0090	Smallingerland
GM0342	Soest
GM0847	Someren
GM0848	Son en Breugel
GM0037	Stadskanaal
GM0180	Staphorst
GM0532	Stede Broec
GM0851	Steenbergen
GM1708	Steenwijkerland
GM0971	Stein (L.)
GM1904	Stichtse Vecht
GM1900	Súdwest-Fryslân
GM0715	Terneuzen
GM0093	Terschelling
GM0448	Texel
GM1525	Teylingen
GM0716	Tholen
GM0281	Tiel
GM0855	Tilburg
GM0183	Tubbergen
GM1700	Twenterand
GM1730	Tynaarlo
GM0737	Tytsjerksteradiel
GM0450	Uitgeest
GM0451	Uithoorn
GM0184	Urk
GM0344	Utrecht (gemeente)
GM1581	Utrechtse Heuvelrug
GM0981	Vaals
GM0994	Valkenburg aan de Geul
GM0858	Valkenswaard
GM0047	Veendam
GM0345	Veenendaal
GM0717	Veere
GM0861	Veldhoven
GM0453	Velsen
GM0983	Venlo
GM0984	Venray
GM1961	Vijfheerenlanden
GM0622	Vlaardingen
GM0096	Vlieland
GM0718	Vlissingen
GM0986	Voerendaal
GM1992	Voorne aan Zee
GM0626	Voorschoten
GM0285	Voorst
GM0865	Vught
GM1949	Waadhoeke
GM0866	Waalre
GM0867	Waalwijk
GM0627	Waddinxveen
GM0289	Wageningen
GM0629	Wassenaar
GM0852	Waterland
GM0988	Weert
GM1960	West Betuwe
GM0668	West Maas en Waal
GM1969	Westerkwartier
GM1701	Westerveld
GM0293	Westervoort
GM1950	Westerwolde
GM1783	Westland
GM0098	Weststellingwerf
GM0189	Wierden
GM0296	Wijchen
GM1696	Wijdemeren
GM0352	Wijk bij Duurstede
GM0294	Winterswijk
GM0873	Woensdrecht
GM0632	Woerden
GM1690	De Wolden
GM0880	Wormerland
GM0351	Woudenberg
GM0479	Zaanstad
GM0297	Zaltbommel
GM0473	Zandvoort
GM0050	Zeewolde
GM0355	Zeist
GM0299	Zevenaar
GM0637	Zoetermeer
GM0638	Zoeterwoude
GM1892	Zuidplas
GM0879	Zundert
GM0301	Zutphen
GM1896	Zwartewaterland
GM0642	Zwijndrecht
GM0193	Zwolle
GM0998	Buitenland
GM0999	Gemeenten; niet in te delen
RE01	Noord-Nederland (RE)
RE02	Oost-Nederland (RE)
RE03	Midden-Nederland (RE)
RE04	Noord-Holland (RE)
RE05	Amsterdam (RE)
RE06	Den Haag (RE)
RE07	Rotterdam (RE)
RE08	Zeeland - West-Brabant (RE)
RE09	Oost-Brabant (RE)
RE10	Limburg (RE)
RE99	Niet in te delen (RE)`;

/** SoortMisdrijf: one "code<TAB>title" a line; titles carry the code in front, except the total. */
export const crimeTypeCodeList = `0.0.0	Totaal misdrijven
1.1.1	1.1.1 Diefstal/inbraak woning
1.1.2	1.1.2 Diefstal/inbraak box/garage/schuur
1.2.1	1.2.1 Diefstal uit/vanaf motorvoertuigen
1.2.2	1.2.2 Diefstal van motorvoertuigen
1.2.3	1.2.3 Diefstal van brom-, snor-, fietsen
1.2.4	1.2.4 Zakkenrollerij
1.2.5	1.2.5 Diefstal af/uit/van ov. voertuigen
1.3.1	1.3.1 Ongevallen (weg)
1.4.1	1.4.1 Zedenmisdrijf
1.4.2	1.4.2 Moord, doodslag
1.4.3	1.4.3 Openlijk geweld (persoon)
1.4.4	1.4.4 Bedreiging
1.4.5	1.4.5 Mishandeling
1.4.6	1.4.6 Straatroof
1.4.7	1.4.7 Overval
1.5.2	1.5.2 Diefstallen (water)
1.6.1	1.6.1 Brand/ontploffing
1.6.2	1.6.2 Overige vermogensdelicten
1.6.3	1.6.3 Mensenhandel
2.1.1	2.1.1 Drugs/drankoverlast
2.2.1	2.2.1 Vernieling cq. zaakbeschadiging
2.4.1	2.4.1 Burengerucht (relatieproblemen)
2.4.2	2.4.2 Huisvredebreuk
2.5.1	2.5.1 Diefstal/inbraak bedrijven enz.
2.5.2	2.5.2 Winkeldiefstal
2.6.1	2.6.1 Inrichting Wet Milieubeheer
2.6.2	2.6.2 Bodem
2.6.3	2.6.3 Water
2.6.4	2.6.4 Afval
2.6.5	2.6.5 Bouwstoffen
2.6.7	2.6.7 Mest
2.6.8	2.6.8 Transport gevaarlijke stoffen
2.6.9	2.6.9 Vuurwerk
2.6.10	2.6.10 Bestrijdingsmiddelen
2.6.11	2.6.11 Natuur en landschap
2.6.12	2.6.12 Ruimtelijke ordening
2.6.13	2.6.13 Dieren
2.6.14	2.6.14 Voedselveiligheid
2.7.2	2.7.2 Bijzondere wetten
2.7.3	2.7.3 Leefbaarheid (overig)
3.1.1	3.1.1 Drugshandel
3.1.2	3.1.2 Mensensmokkel
3.1.3	3.1.3 Wapenhandel
3.2.1	3.2.1 Kinderporno
3.2.2	3.2.2 Kinderprostitutie
3.3.2	3.3.2 Onder invloed (lucht)
3.3.5	3.3.5 Lucht (overig)
3.4.2	3.4.2 Onder invloed (water)
3.5.2	3.5.2 Onder invloed (weg)
3.5.5	3.5.5 Weg (overig)
3.6.4	3.6.4 Aantasting openbare orde
3.7.1	3.7.1 Discriminatie
3.7.2	3.7.2 Vreemdelingenzorg
3.7.3	3.7.3 Maatsch. integriteit (overig)
3.7.4	3.7.4 Cybercrime
3.9.1	3.9.1 Horizontale fraude
3.9.2	3.9.2 Verticale fraude
3.9.3	3.9.3 Fraude (overig)`;
