# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## 行為準則

    { $group } 是一個友善、包容的社群，歡迎所有從事、學習我們聚會主題，或對這些主題感到好奇的人，不論其經驗、性別、性別認同與性別表達、性傾向、身心障礙、外貌、體型、種族、族裔、年齡、宗教或國籍。

    ### 在我們的聚會和線上空間中，我們期待每個人都能

    - 友善、耐心、尊重他人，並先假設對方是出於善意；
    - 讓其他人也有發言的空間，歡迎新朋友和他們的提問；
    - 給予建設性的回饋，也能虛心接受別人的回饋；
    - 尊重他人的界線和隱私，以及不想被拍照的意願。

    ### 不能接受的行為

    任何形式的騷擾：冒犯性的言論、恐嚇、跟蹤、未經同意的拍照或錄音錄影、持續干擾演講或對話、不當的肢體接觸、不受歡迎的性暗示或性關注，以及鼓吹或慫恿上述任何行為。

    ### 遇到問題時

    您可以在活動現場告訴主辦人，或使用社群頁面上的「檢舉問題」表單{ $contact }。檢舉內容會嚴格保密，您也可以選擇不讓被檢舉的人知道您的身分。對於違反本準則的人，主辦人可以提出警告、禁止其參加某場活動，或將其移出社群並禁止再次加入。
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = ，也可以聯絡 { $address }
