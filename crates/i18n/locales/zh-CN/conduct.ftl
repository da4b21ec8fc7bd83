# The code of conduct every new group starts with (Markdown; organizers edit it freely).
# $group is the group's name; $contact is either empty or the sentence conduct-default-write-to.
conduct-default =
    ## 行为准则

    { $group } 是一个友好、包容的社区，欢迎所有从事、学习我们聚会主题或对其感到好奇的人，无论其经验、性别、性别认同与表达、性取向、残障、外貌、体型、种族、民族、年龄、宗教或国籍如何。

    ### 在我们的聚会和线上空间中，我们希望每个人都能

    - 友善、耐心、尊重他人，并相信对方是出于善意；
    - 给别人留出发言的机会，欢迎新朋友和他们的提问；
    - 提出建设性的反馈，也能虚心接受别人的反馈；
    - 尊重他人的边界和隐私，以及不希望被拍照的意愿。

    ### 不可接受的行为

    任何形式的骚扰：冒犯性言论、恐吓、跟踪、未经同意的拍照或录音录像、持续干扰演讲或交谈、不当的身体接触、不受欢迎的性暗示或性关注，以及鼓吹或怂恿上述任何行为。

    ### 如遇问题

    你可以在活动现场告诉组织者，或使用小组页面上的“举报问题”表单{ $contact }。举报内容会严格保密，你也可以选择不让被举报的人知道你的身份。对于违反本准则的人，组织者可以给予警告、禁止其参加某次活动，或将其移出小组并禁止再次加入。
# Inserted as $contact above when the group gives a contact address.
conduct-default-write-to = ，也可以联系 { $address }
