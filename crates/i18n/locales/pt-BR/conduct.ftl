# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## Código de conduta

    { $group } é uma comunidade amigável e acolhedora para todas as pessoas que trabalham com os temas dos nossos meetups, estão aprendendo sobre eles ou simplesmente têm curiosidade, independentemente de experiência, gênero, identidade e expressão de gênero, orientação sexual, deficiência, aparência, tipo de corpo, raça, etnia, idade, religião ou nacionalidade.

    ### Em nossos meetups e espaços online, esperamos que todas as pessoas

    - sejam gentis, pacientes e respeitosas, e partam do princípio de que os outros têm boas intenções;
    - deem espaço para os outros falarem, e acolham quem está chegando e suas perguntas;
    - deem feedback construtivo e saibam recebê-lo com abertura;
    - respeitem os limites e a privacidade de cada um, e a vontade de quem não quer ser fotografado.

    ### O que não é aceitável

    Assédio de qualquer tipo: comentários ofensivos, intimidação, perseguição, fotos ou gravações indesejadas, interrupção persistente de palestras ou conversas, contato físico inadequado, atenção sexual indesejada, além de defender ou incentivar qualquer um desses comportamentos.

    ### Se algo acontecer

    Fale com alguém da organização durante o evento ou use o formulário “Denunciar um problema” na página do grupo{ $contact }. As denúncias são confidenciais, e você pode manter o anonimato perante a pessoa envolvida. A organização pode advertir, excluir de um evento ou remover e banir do grupo quem descumprir este código.
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = , ou escreva para { $address }
