claim-title = ご本人ですか？
claim-signed-in = このリンクは Meetup.com の { $group } の { $name } さん（グループのミートアップに { $count } 回参加）のためのものです。引き継ぐと { $group } のメンバーになり、それらのミートアップがあなたのアカウントに追加されます。
claim-visitor = このリンクは Meetup.com の { $group } の { $name } さん（グループのミートアップに { $count } 回参加）のためのものです。この履歴を引き継ぐには、ログイン（または新規登録）してください。
claim-button = はい、本人です：履歴を引き継ぐ
claim-log-in = ログインして引き継ぐ
